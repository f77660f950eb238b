using Addin.Web.Alerts;
using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Briefs;

/// <summary>
/// The recurring job (<c>Addin:Digests:Schedule</c>): sends the parent digests of the period that ended at the schedule's
/// latest time, so a retry or a late run is the same period and sends nothing twice. Nothing when no notifier is set.
/// </summary>
public sealed partial class SendParentDigestsJob(ParentDigestDelivery delivery, IOptions<DigestOptions> options, TimeProvider time, ILogger<SendParentDigestsJob> logger)
{
    public const string RecurringJobId = "parent-digests";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [300, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("Send the parent digests")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Notifier is not { Length: > 0 })
        {
            return;
        }

        var now = time.GetUtcNow();
        var until = CronSchedules.LatestOccurrence(options.Value.Schedule, now) ?? now;
        var outcomes = await delivery.SendAsync(until, cancellationToken);
        var failed = outcomes.Where(o => o.Error is not null).ToList();
        LogSent(logger, outcomes.Count - failed.Count, failed.Count);
        if (failed.Count > 0)
        {
            throw new AlertDeliveryException($"{failed.Count} parent digest(s) not sent yet: {string.Join(" ", failed.Select(f => f.Error))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Sent} parent digest(s); {Failed} failed and will be tried again")]
    private static partial void LogSent(ILogger logger, int sent, int failed);
}
