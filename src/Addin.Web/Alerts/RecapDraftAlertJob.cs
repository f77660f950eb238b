using Hangfire;

namespace Addin.Web.Alerts;

/// <summary>The durable job that tells a recording's reviewers its recap awaits them; a notifier that is down is tried again later.</summary>
public sealed class RecapDraftAlertJob(RecapDraftAlerts alerts)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Recap of recording {0} awaits review")]
    public Task RunAsync(long recordingId, CancellationToken cancellationToken) => alerts.SendAsync(recordingId, cancellationToken);
}
