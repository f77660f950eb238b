using Addin.Core.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Rosters;

/// <summary>The recurring job: queues a roster sync for every course whose LMS offered its roster service.</summary>
public sealed partial class SyncAllRostersJob(AddinDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<SyncAllRostersJob> logger)
{
    public const string RecurringJobId = "lti-roster-sync";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Sync every course's roster from its LMS")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var courses = await db.Courses.AsNoTracking().Where(c => c.MembershipsUrl != null).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (long courseId in courses)
        {
            jobs.Enqueue<SyncRosterJob>(job => job.RunAsync(courseId, now, CancellationToken.None));
        }

        LogQueued(logger, courses.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued the roster sync of {Count} courses")]
    private static partial void LogQueued(ILogger logger, int count);
}
