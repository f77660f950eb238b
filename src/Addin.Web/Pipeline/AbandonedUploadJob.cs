using Addin.Core.Uploads;
using Hangfire;

namespace Addin.Web.Pipeline;

/// <summary>Gives up resumable uploads that stopped arriving, and deletes their partial files from the scratch disk.</summary>
public sealed partial class AbandonedUploadJob(ResumableUploadStore store, TimeProvider time, ILogger<AbandonedUploadJob> logger)
{
    public const string RecurringJobId = "abandoned-uploads";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("Uploads: delete abandoned partial files")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int removed = await store.RemoveExpiredAsync(time.GetUtcNow(), cancellationToken);
        if (removed > 0)
        {
            LogRemoved(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave up {Count} resumable uploads that stopped arriving")]
    private static partial void LogRemoved(ILogger logger, int count);
}
