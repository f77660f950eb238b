using Addin.Core.Recaps;
using Hangfire;

namespace Addin.Web.Alerts;

/// <summary>Queues the notice that a recap awaits review on Hangfire, whose storage survives restarts.</summary>
public sealed class HangfireRecapDraftNotices(IBackgroundJobClient jobs) : IRecapDraftNotices
{
    public void DraftAwaitsReview(long recordingId) =>
        jobs.Enqueue<RecapDraftAlertJob>(job => job.RunAsync(recordingId, CancellationToken.None));
}
