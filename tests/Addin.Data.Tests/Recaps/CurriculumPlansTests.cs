using Addin.Core.Recaps;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Recaps;

/// <summary>A course's curriculum plan on both databases: imported, replaced, and kept when a new one is wrong.</summary>
public sealed class CurriculumPlansTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_ThenABadPlan_KeepsTheGoodOneAndSaysWhatIsWrong(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var plans = new CurriculumPlans(db, time);
        await plans.ImportAsync(school.Algebra.Id, "/uploads/term1.csv", new StringReader(RecapScenario.PlanCsv), school.Teacher.PersonId, CancellationToken.None);

        var bad = await Assert.ThrowsAsync<FormatException>(() =>
            plans.ImportAsync(school.Algebra.Id, "bad.csv", new StringReader("topic,keywords,planned_minutes\nFractions,half,ninety\n"), null, CancellationToken.None));
        var empty = await Assert.ThrowsAsync<FormatException>(() =>
            plans.ImportAsync(school.Algebra.Id, "empty.csv", new StringReader("topic,keywords,planned_minutes\n"), null, CancellationToken.None));

        Assert.Equal("line 2: planned_minutes 'ninety' is not a number of minutes between 0 and 1440 (write 12 or 7.5, or leave it empty).", bad.Message);
        Assert.Equal("the curriculum plan has a header but no topics; add a row for each topic.", empty.Message);
        var topics = await plans.ForCourseAsync(school.Algebra.Id, CancellationToken.None);
        Assert.Equal(RecapScenario.PlanIds, topics.Select(t => t.Id));
        Assert.Equal(["hotdogs", "hot dogs", "guests"], topics[1].Keywords);
        Assert.Equal(TimeSpan.FromMinutes(5), topics[1].PlannedDuration);
        var summary = await plans.SummaryAsync(school.Algebra.Id, CancellationToken.None);
        Assert.Equal(new CurriculumPlanSummary("term1.csv", time.GetUtcNow(), 5), summary);
        Assert.Empty(await plans.ForCourseAsync(school.Biology.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_Again_ReplacesThePlan(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var plans = new CurriculumPlans(db, time);
        await plans.ImportAsync(school.Algebra.Id, "a.csv", new StringReader(RecapScenario.PlanCsv), null, CancellationToken.None);

        await plans.ImportAsync(school.Algebra.Id, "b.csv", new StringReader("topic,keywords,planned_minutes\nQuadratics,square;root,\n"), null, CancellationToken.None);

        var topic = Assert.Single(await plans.ForCourseAsync(school.Algebra.Id, CancellationToken.None));
        Assert.Equal("quadratics", topic.Id);
        Assert.Null(topic.PlannedDuration);
    }
}
