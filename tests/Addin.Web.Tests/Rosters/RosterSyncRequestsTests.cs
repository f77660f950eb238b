using Addin.Core.Courses;
using Addin.Web.Configuration;
using Addin.Web.Rosters;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.Rosters;

/// <summary>A launch asks for a roster sync only when the course's roster is stale, and a burst of launches asks once.</summary>
public sealed class RosterSyncRequestsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly QueuedJobs jobs = new();

    [Fact]
    public void AfterLaunch_NeverSynced_QueuesASyncAskedForNow_OnceForABurstOfLaunches()
    {
        var requests = Requests();
        var course = Course(syncedAt: null);

        requests.AfterLaunch(course);
        time.Advance(TimeSpan.FromMinutes(14));
        requests.AfterLaunch(course);

        var job = Assert.Single(jobs.Created);
        Assert.Equal((typeof(SyncRosterJob), nameof(SyncRosterJob.RunAsync)), (job.Type, job.Method.Name));
        Assert.Equal(course.Id, job.Args[0]);
        Assert.Equal(time.GetUtcNow() - TimeSpan.FromMinutes(14), job.Args[1]);
    }

    [Fact]
    public void AfterLaunch_RosterOlderThanTheMinimumAge_QueuesASync_YoungerDoesNot()
    {
        var requests = Requests();

        requests.AfterLaunch(Course(id: 1, syncedAt: time.GetUtcNow() - TimeSpan.FromMinutes(14)));
        requests.AfterLaunch(Course(id: 2, syncedAt: time.GetUtcNow() - TimeSpan.FromMinutes(16)));

        Assert.Equal([2L], jobs.Created.Select(j => (long)j.Args[0]!));
    }

    [Fact]
    public void AfterLaunch_NoRosterServiceOrSyncDisabled_QueuesNothing()
    {
        Requests().AfterLaunch(WithoutRosterService(Course(syncedAt: null)));
        Requests().AfterLaunch(null);
        Requests(enabled: false).AfterLaunch(Course(syncedAt: null));

        Assert.Empty(jobs.Created);
    }

    private static Course WithoutRosterService(Course course)
    {
        course.MembershipsUrl = null;
        return course;
    }

    private RosterSyncRequests Requests(bool enabled = true) =>
        new(jobs, Options.Create(new RosterSyncOptions { Enabled = enabled }), time, NullLogger<RosterSyncRequests>.Instance);

    private static Course Course(DateTimeOffset? syncedAt, long id = 7) => new()
    {
        Id = id,
        ContextId = "ctx",
        Key = "alg",
        Title = "Algebra",
        MembershipsUrl = "https://lms.test/courses/7/memberships",
        RosterSyncedAt = syncedAt,
    };

    /// <summary>The job engine's client, keeping what it was asked to queue.</summary>
    private sealed class QueuedJobs : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
