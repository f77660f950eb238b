using Addin.Core.Recordings;
using Hangfire;

namespace Addin.Web.Alerts;

/// <summary>The durable job that sends the alerts about a recording's outcome; a notifier that is down is tried again later.</summary>
public sealed class RecordingAlertJob(RecordingAlerts alerts)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Alerts about recording {0} ({1})")]
    public Task RunAsync(long recordingId, RecordingStatus outcome, long eventId, CancellationToken cancellationToken) =>
        alerts.SendAsync(recordingId, outcome, eventId, cancellationToken);
}
