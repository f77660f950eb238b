using Addin.Core.Briefs;
using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Briefs;

/// <summary>The recurring job: writes the briefs that are due and queues their delivery.</summary>
public sealed partial class GenerateBriefsJob(BriefGenerator generator, IBackgroundJobClient jobs, IOptions<BriefOptions> options, ILogger<GenerateBriefsJob> logger)
{
    public const string RecurringJobId = "session-briefs";

    /// <summary>Every five minutes: a brief is written between its lead time and five minutes after it.</summary>
    public const string Cron = "*/5 * * * *";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [JobDisplayName("Write the briefs of sessions starting soon")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var written = await generator.GenerateDueAsync(options.Value.LeadTime, cancellationToken);
        if (options.Value.Notifier is { Length: > 0 })
        {
            foreach (long briefId in written)
            {
                jobs.Enqueue<DeliverBriefJob>(job => job.RunAsync(briefId, CancellationToken.None));
            }
        }

        LogWritten(logger, written.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} session brief(s)")]
    private static partial void LogWritten(ILogger logger, int count);
}
