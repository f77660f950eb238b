using Addin.Core.Pipeline;
using Addin.Core.Recordings;
using Hangfire;

namespace Addin.Web.Alerts;

/// <summary>Queues a recording's outcome alerts on Hangfire, whose storage survives restarts.</summary>
public sealed class HangfireRecordingOutcomeAlerts(IBackgroundJobClient jobs) : IRecordingOutcomeAlerts
{
    public void Raise(long recordingId, RecordingStatus outcome, long eventId) =>
        jobs.Enqueue<RecordingAlertJob>(job => job.RunAsync(recordingId, outcome, eventId, CancellationToken.None));
}
