using Addin.Core.Pipeline;
using Addin.Sdk.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Data.Tests.Briefs;

/// <summary>A recording that starts when a session was scheduled becomes that session's, so the next brief can find it.</summary>
public sealed class ScheduledRecordingTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_ARecordingStartingNearAScheduledSession_IsThatSessions_AndOneAtAnotherTimeGetsItsOwn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var scheduled = await world.SessionAsync(TimeSpan.FromHours(1), substituteId: world.School.Substitute.PersonId);
        await world.SessionAsync(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30), title: "Further away");
        var importer = new RecordingImporter(db, new NoJobs(), world.Time, NullLogger<RecordingImporter>.Instance);

        var near = await importer.ImportAsync(world.School.Algebra.PlatformId, "test", Reference("near", BriefWorld.Now.AddHours(1).AddMinutes(4)), ImportTrigger.Automatic, CancellationToken.None);
        var second = await importer.ImportAsync(world.School.Algebra.PlatformId, "test", Reference("second", BriefWorld.Now.AddHours(1).AddMinutes(6)), ImportTrigger.Automatic, CancellationToken.None);
        var other = await importer.ImportAsync(world.School.Algebra.PlatformId, "test", Reference("other", BriefWorld.Now.AddHours(5)), ImportTrigger.Automatic, CancellationToken.None);

        Assert.Equal(scheduled.Id, near.Recording!.SessionId);
        Assert.NotEqual(scheduled.Id, second.Recording!.SessionId);
        Assert.Equal("Further away", await db.Sessions.Where(s => s.Id == second.Recording.SessionId).Select(s => s.Title).SingleAsync());
        Assert.Equal("other", await db.Sessions.Where(s => s.Id == other.Recording!.SessionId).Select(s => s.Title).SingleAsync());
        Assert.Equal(world.School.Substitute.PersonId, await db.Sessions.Where(s => s.Id == scheduled.Id).Select(s => s.SubstituteId).SingleAsync());
    }

    private static RecordingReference Reference(string id, DateTimeOffset startedAt) => new()
    {
        ExternalId = id, CourseKey = "alg", Title = id, FileName = id + ".mp4", StartedAt = startedAt, EndedAt = startedAt.AddHours(1),
    };

    private sealed class NoJobs : IRecordingJobQueue
    {
        public void EnqueueProcessing(long recordingId)
        {
        }
    }
}
