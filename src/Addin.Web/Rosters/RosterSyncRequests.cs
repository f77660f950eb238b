using System.Collections.Concurrent;
using Addin.Core.Courses;
using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Rosters;

/// <summary>
/// Asks for a course's roster sync after a launch when the roster is older than
/// <see cref="RosterSyncOptions.MinimumAgeOnLaunch"/>. The launch never waits for it, and never fails because of it.
/// </summary>
public sealed partial class RosterSyncRequests(
    IBackgroundJobClient jobs,
    IOptions<RosterSyncOptions> options,
    TimeProvider time,
    ILogger<RosterSyncRequests> logger)
{
    // A burst of launches into one course asks once per process (each queued job would skip anyway, but costs a write).
    private readonly ConcurrentDictionary<long, DateTimeOffset> _asked = new();

    /// <summary>Queues a sync of the launched course when it is due.</summary>
    public void AfterLaunch(Course? course)
    {
        var settings = options.Value;
        if (!settings.Enabled || course?.MembershipsUrl is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var dueBefore = now - settings.MinimumAgeOnLaunch;
        if (course.RosterSyncedAt > dueBefore || (_asked.TryGetValue(course.Id, out var asked) && asked > dueBefore))
        {
            return;
        }

        try
        {
            long courseId = course.Id;
            jobs.Enqueue<SyncRosterJob>(job => job.RunAsync(courseId, now, CancellationToken.None));
            _asked[course.Id] = now;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotQueued(logger, course.Key, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue the roster sync of course {CourseKey} after a launch; the recurring sync will do it")]
    private static partial void LogNotQueued(ILogger logger, string courseKey, Exception ex);
}
