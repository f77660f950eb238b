using Addin.Core.Access;
using Addin.Core.Briefs;
using Addin.Core.Recaps;
using Addin.Core.Risk;
using Addin.Data.Tests.Recaps;
using Addin.Sdk.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Briefs;

/// <summary>A brief draws on what Addin stored: the last recap (draft or approved), its gaps, the plan's next topics and risk levels.</summary>
public sealed class BriefFromStoredRecapsTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Brief_AfterARecappedSession_HasItsRecapMarkedDraft_TheNextPlanTopic_AndEachStudentsRisk(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var stored = RecapJson.Read((await scenario.VersionsAsync()).Single().RecapJson);
        await AssessAsync(db, scenario, RiskLevel.High, "attended 1 of 4 sessions in the last 2 weeks");
        var world = new BriefWorld(db, scenario.School, new(BriefWorld.Now));

        var model = await ComposeAsync(db, await world.SessionAsync(TimeSpan.FromHours(1)));

        var recap = Assert.IsType<BriefRecap>(model.LastRecap);
        Assert.True(recap.IsDraft);
        Assert.Equal(stored.Overview, recap.Summary);
        Assert.Equal(stored.Topics.Select(t => t.Title), recap.Topics);
        Assert.All(recap.Moments, m => Assert.StartsWith($"/app/recording/{scenario.RecordingId}#t=", m.Link, StringComparison.Ordinal));
        Assert.Equal(stored.ReviewQuestions.Take(3).Select(q => q.Question), model.WarmUpQuestions);
        Assert.Equal(stored.Gaps.Select(g => g.What).Distinct().Order(), model.OpenGaps.Select(g => g.What).Order());

        // The four dialogues cover the plan's first four topics; the fifth is what comes next.
        Assert.Equal(["Download times"], model.CurriculumNext);

        var student = Assert.Single(model.Students, s => s.RiskLevel is not null);
        Assert.Equal(("High", "attended 1 of 4 sessions in the last 2 weeks"), (student.RiskLevel, Assert.Single(student.RiskReasons)));
        Assert.True(model.HasRiskData);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recaps_ReachTheParentDigestSourceOnlyOnceApproved_AndARejectedOneLeavesBriefs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var source = new StoredRecapsForBriefs(db, new AccessPolicy(db));
        var (since, until) = (BriefWorld.Now.AddYears(-1), BriefWorld.Now.AddYears(1));
        var review = new RecapReview(db, new AccessPolicy(db), scenario.Time);

        var whileDraft = await source.ApprovedForStudentAsync(scenario.School.Student.PersonId, since, until, CancellationToken.None);
        await review.ApproveAsync(scenario.School.Teacher, scenario.RecordingId, 1, CancellationToken.None);
        var approved = await source.ApprovedForStudentAsync(scenario.School.Student.PersonId, since, until, CancellationToken.None);
        var otherCourse = await source.ApprovedForStudentAsync(scenario.School.BiologyStudent.PersonId, since, until, CancellationToken.None);
        var lastApproved = await source.LastRecapAsync(scenario.School.Algebra.Id, BriefWorld.Now, CancellationToken.None);
        await review.RejectAsync(scenario.School.Teacher, scenario.RecordingId, 2, CancellationToken.None);
        var lastRejected = await source.LastRecapAsync(scenario.School.Algebra.Id, BriefWorld.Now, CancellationToken.None);

        Assert.Empty(whileDraft);
        Assert.False(Assert.Single(approved).IsDraft);
        Assert.Empty(otherCourse);
        Assert.False(lastApproved!.IsDraft);
        Assert.Null(lastRejected);
    }

    private static Task<BriefModel> ComposeAsync(Core.Persistence.AddinDbContext db, Core.Sessions.Session session) =>
        new BriefComposer(db, new StoredRecapsForBriefs(db, new AccessPolicy(db)), new StoredRisksForBriefs(db), new StoredCurriculumForBriefs(db))
            .ComposeAsync(db.Sessions.Include(s => s.Course).Include(s => s.Instructor).Include(s => s.Substitute).Include(s => s.Participants).Single(s => s.Id == session.Id), CancellationToken.None);

    private static async Task AssessAsync(Core.Persistence.AddinDbContext db, RecapScenario scenario, RiskLevel level, string reason)
    {
        db.RiskAssessments.Add(new RiskAssessmentRecord
        {
            CourseId = scenario.School.Algebra.Id,
            PersonId = scenario.School.Student.PersonId,
            ModelId = "rule-risk",
            Level = level,
            Score = 0.8,
            FactorsJson = System.Text.Json.JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", reason, 1) }),
            WeekStart = new DateOnly(2026, 10, 12),
            AssessedAt = BriefWorld.Now,
        });
        await db.SaveChangesAsync();
    }
}
