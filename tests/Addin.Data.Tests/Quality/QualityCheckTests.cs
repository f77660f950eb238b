using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Core.Recaps;
using Addin.Core.Sessions;
using Addin.Data.Tests.Recaps;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Data.Tests.Quality;

/// <summary>
/// The quality check on both databases, on the class recording with a real tutoring transcript (four MathDial dialogues)
/// and the plan they follow: flags with evidence, time per topic, rechecks that respect reviewers' decisions, sessions
/// that ended without a recording, and who may decide.
/// </summary>
public sealed class QualityCheckTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Check_ClassSession_StoresItsFlagsWithEvidence_AndTheTimePerTopic(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);
        long sessionId = await ScheduleClassAsync(db, scenario, TimeSpan.FromHours(1));

        var findings = await Checker(db, scenario).CheckAsync(sessionId, CancellationToken.None);

        var flag = await db.QualityFlags.AsNoTracking().SingleAsync(f => f.Kind == QualityFlagKind.ShortSession);
        Assert.Equal(findings!.Select(f => f.Kind).Order(), await db.QualityFlags.Select(f => f.Kind).OrderBy(k => k).ToListAsync());
        Assert.Equal((sessionId, QualityFlagStatus.Open, scenario.RecordingId), (flag.SessionId, flag.Status, flag.RecordingId));
        Assert.Matches(@"^Recorded \d+(\.\d)? min of the 60 min scheduled \(2026-09-01 09:00–10:00 UTC\): \d+%, below the 80% threshold\.$", flag.Evidence);
        var minutes = await db.TopicCoverage.Where(c => c.SessionId == sessionId).ToDictionaryAsync(c => c.TopicId, c => c.Minutes);
        Assert.Equal(RecapScenario.PlanIds.Order(), minutes.Keys.Order());
        Assert.All(RecapScenario.PlanIds.Take(4), id => Assert.True(minutes[id] > 0.3, id));
        Assert.Equal(0, minutes["download-times"]);
        Assert.Equal(scenario.Time.GetUtcNow(), (await db.QualityChecks.SingleAsync(c => c.SessionId == sessionId)).CheckedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Check_Again_KeepsAReviewersDecision_AndDropsOpenFlagsThatNoLongerHold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);
        long sessionId = await ScheduleClassAsync(db, scenario, TimeSpan.FromHours(1));
        var options = new QualityOptions { LowParticipationShare = 0.9 };
        await Checker(db, scenario, options).CheckAsync(sessionId, CancellationToken.None);
        long shortId = await db.QualityFlags.Where(f => f.Kind == QualityFlagKind.ShortSession).Select(f => f.Id).SingleAsync();
        Assert.True(await Review(db, scenario).DecideAsync(scenario.School.Reviewer, shortId, QualityFlagStatus.Dismissed, "  Ended early for a fire drill.  ", CancellationToken.None));

        await Checker(db, scenario, options).CheckAsync(sessionId, CancellationToken.None);
        var kept = await db.QualityFlags.AsNoTracking().SingleAsync(f => f.Kind == QualityFlagKind.ShortSession);
        await Checker(db, scenario, new QualityOptions()).CheckAsync(sessionId, CancellationToken.None);

        Assert.Equal((shortId, QualityFlagStatus.Dismissed, "Ended early for a fire drill."), (kept.Id, kept.Status, kept.ReviewNote));
        Assert.Equal((scenario.School.Reviewer.PersonId, scenario.Time.GetUtcNow()), (kept.ReviewedById!.Value, kept.ReviewedAt!.Value));
        Assert.False(await db.QualityFlags.AnyAsync(f => f.Kind == QualityFlagKind.LowParticipation));
        Assert.True(await db.QualityFlags.AnyAsync(f => f.Id == shortId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Due_AScheduledSessionWithoutRecording_IsCheckedAtItsEnd_AndFlaggedOnceTheGraceHasPassed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);
        var start = scenario.Time.GetUtcNow();
        var session = new Session { CourseId = scenario.School.Algebra.Id, Title = "Week 12", StartsAt = start, EndsAt = start.AddHours(1), CreatedAt = start };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        var checker = Checker(db, scenario);
        await CheckDueAsync(checker);
        Assert.DoesNotContain(session.Id, await checker.DueAsync(CancellationToken.None));

        scenario.Time.Advance(TimeSpan.FromHours(1));
        Assert.Contains(session.Id, await checker.DueAsync(CancellationToken.None));
        await CheckDueAsync(checker);
        Assert.False(await db.QualityFlags.AnyAsync(f => f.SessionId == session.Id));
        Assert.DoesNotContain(session.Id, await checker.DueAsync(CancellationToken.None));

        scenario.Time.Advance(TimeSpan.FromHours(2));
        Assert.Contains(session.Id, await checker.DueAsync(CancellationToken.None));
        await CheckDueAsync(checker);

        var flag = await db.QualityFlags.AsNoTracking().SingleAsync(f => f.SessionId == session.Id);
        Assert.Equal(QualityFlagKind.NoRecording, flag.Kind);
        Assert.Equal("Scheduled 2026-12-07 09:00–10:00 UTC; 2 h after its end no recording has arrived.", flag.Evidence);
        Assert.Empty(await checker.DueAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decide_OnlyReviewersOfTheSessionsInstitution_AndBadDecisionsAreRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);
        long sessionId = await ScheduleClassAsync(db, scenario, TimeSpan.FromHours(1));
        await Checker(db, scenario).CheckAsync(sessionId, CancellationToken.None);
        long flagId = await db.QualityFlags.Select(f => f.Id).FirstAsync();
        var review = Review(db, scenario);
        var school = scenario.School;

        foreach (var viewer in new[] { school.Teacher, school.Student, school.Parent, school.OtherSchoolReviewer })
        {
            Assert.False(await review.DecideAsync(viewer, flagId, QualityFlagStatus.Resolved, null, CancellationToken.None));
        }

        Assert.False(await review.DecideAsync(school.Reviewer, flagId + 1000, QualityFlagStatus.Resolved, null, CancellationToken.None));
        var reopen = await Assert.ThrowsAsync<ArgumentException>(() => review.DecideAsync(school.Reviewer, flagId, QualityFlagStatus.Open, null, CancellationToken.None));
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => review.DecideAsync(school.Reviewer, flagId, QualityFlagStatus.Resolved, new string('x', 2001), CancellationToken.None));
        Assert.StartsWith("A flag can be resolved or dismissed, not set to Open.", reopen.Message, StringComparison.Ordinal);
        Assert.StartsWith("The note has 2001 characters; keep it to 2000.", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(QualityFlagStatus.Open, (await db.QualityFlags.AsNoTracking().SingleAsync(f => f.Id == flagId)).Status);
        Assert.True(await review.DecideAsync(school.Reviewer, flagId, QualityFlagStatus.Resolved, "Talked to the teacher.", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Coverage_CourseGrid_HasTheSessionsMinutes_AndAddsThemUpPerInstructorAndCourse(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);
        long sessionId = await ScheduleClassAsync(db, scenario, TimeSpan.FromHours(1));
        await Checker(db, scenario).CheckAsync(sessionId, CancellationToken.None);
        var access = new AccessPolicy(db);
        var coverage = new CurriculumCoverage(db, new CurriculumPlans(db, scenario.Time));

        var grid = await coverage.ForCourseAsync(scenario.School.Algebra.Id, access.ManagedSessions(scenario.School.Reviewer).Select(s => s.Id), CancellationToken.None);
        var student = await coverage.ForCourseAsync(scenario.School.Algebra.Id, access.ManagedSessions(scenario.School.Student).Select(s => s.Id), CancellationToken.None);

        Assert.Equal(RecapScenario.PlanIds, grid.Topics.Select(t => t.Id));
        var row = Assert.Single(grid.Sessions, r => r.SessionId == sessionId);
        Assert.Equal(await db.TopicCoverage.Where(c => c.SessionId == sessionId).SumAsync(c => c.Minutes), row.Minutes!.Sum(), 3);
        Assert.All(grid.Sessions.Where(r => r.SessionId != sessionId), r => Assert.Null(r.Minutes));
        Assert.Equal(row.Minutes, Assert.Single(grid.Instructors).Minutes);
        Assert.Equal(row.Minutes, grid.Course.Minutes);
        Assert.Empty(student.Sessions);
    }

    private static async Task<long> ScheduleClassAsync(AddinDbContext db, RecapScenario scenario, TimeSpan length)
    {
        var session = await db.Sessions.SingleAsync(s => db.Recordings.Any(r => r.Id == scenario.RecordingId && r.SessionId == s.Id));
        session.EndsAt = session.StartsAt + length;
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static async Task CheckDueAsync(SessionQualityChecker checker)
    {
        foreach (long id in await checker.DueAsync(CancellationToken.None))
        {
            await checker.CheckAsync(id, CancellationToken.None);
        }
    }

    private static SessionQualityChecker Checker(AddinDbContext db, RecapScenario scenario, QualityOptions? options = null) =>
        new(db, new CurriculumPlans(db, scenario.Time), Options.Create(options ?? new QualityOptions()), scenario.Time);

    private static QualityReview Review(AddinDbContext db, RecapScenario scenario) => new(db, new AccessPolicy(db), scenario.Time);
}
