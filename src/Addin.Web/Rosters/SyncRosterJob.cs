using Addin.Lti.Services;
using Hangfire;

namespace Addin.Web.Rosters;

/// <summary>
/// The durable job that syncs one course's roster from its LMS. A failure leaves the roster as it was and the job
/// engine tries again; a platform that asks to wait (429 with Retry-After) gets exactly the wait it asked for.
/// </summary>
public sealed partial class SyncRosterJob(RosterSync sync, IBackgroundJobClient jobs, ILogger<SyncRosterJob> logger)
{
    /// <summary>Retries after 1 min, 10 min and 1 h; the recurring sync picks the course up again after that.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 600, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Sync the roster of course {0} from the LMS")]
    public async Task RunAsync(long courseId, DateTimeOffset? requestedAt, CancellationToken cancellationToken)
    {
        try
        {
            await sync.SyncAsync(courseId, requestedAt, cancellationToken);
        }
        catch (RosterSyncException ex) when (ex.ServiceError is { Code: LtiServiceErrorCode.RateLimited, RetryAfter: { } wait })
        {
            jobs.Schedule<SyncRosterJob>(job => job.RunAsync(courseId, requestedAt, CancellationToken.None), wait);
            LogRateLimited(logger, ex.CourseKey, ex.PlatformKey, wait.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster sync of course {CourseKey}: platform {PlatformKey} asks to wait; tried again in {WaitSeconds} s")]
    private static partial void LogRateLimited(ILogger logger, string courseKey, string platformKey, double waitSeconds);
}
