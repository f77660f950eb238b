using Hangfire;

namespace Addin.Web.Briefs;

/// <summary>The durable job that sends one brief; a notifier that is down is tried again later.</summary>
public sealed class DeliverBriefJob(BriefDelivery delivery)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Send brief {0}")]
    public Task RunAsync(long briefId, CancellationToken cancellationToken) => delivery.SendAsync(briefId, cancellationToken);
}
