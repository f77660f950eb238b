using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Risk;

/// <summary>Assessments kept over time, and a student marked for the alert only when they enter high risk.</summary>
public sealed class RiskScorerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 9, 14, 6, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Score_OverThreeRuns_KeepsEveryAssessment_AndMarksOnlyEntriesIntoHighRisk(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await new ActivityImporter(db, time).ImportAsync(school.Algebra.PlatformId, ActivityCsv.Read(new StringReader(
            "student,course,date,kind,value\nstudent,alg,2026-09-07,attendance,0\nother-student,alg,2026-09-07,attendance,1\n")).Rows, new Progress<int>(), CancellationToken.None);
        var signals = await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None);
        var scorer = new RiskScorer(db, time);

        var first = await scorer.ScoreAsync(signals, new FixedModel(RiskLevel.High), "fixed", new Progress<int>(), CancellationToken.None);
        time.Advance(TimeSpan.FromDays(7));
        var second = await scorer.ScoreAsync(signals, new FixedModel(RiskLevel.High), "fixed", new Progress<int>(), CancellationToken.None);
        await scorer.ScoreAsync(signals, new FixedModel(RiskLevel.Medium), "fixed", new Progress<int>(), CancellationToken.None);
        var again = await scorer.ScoreAsync(signals, new FixedModel(RiskLevel.High), "fixed", new Progress<int>(), CancellationToken.None);

        Assert.Equal((1, 0, 1), (first.EnteredHigh, second.EnteredHigh, again.EnteredHigh));
        var history = await db.RiskAssessments.AsNoTracking().Where(a => a.PersonId == school.Student.PersonId).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([RiskLevel.High, RiskLevel.High, RiskLevel.Medium, RiskLevel.High], history.Select(a => a.Level));
        Assert.Equal([true, false, false, true], history.Select(a => a.EnteredHigh));
        Assert.Equal(new DateOnly(2026, 9, 7), history[0].WeekStart);
        Assert.Contains("attended 0 of 1 sessions", history[0].FactorsJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ScoreDueToday_TwiceOnOneDay_StoresOnce_AlertsOnce_AndLeavesCoursesWithNothingRecentAlone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await new ActivityImporter(db, time).ImportAsync(school.Algebra.PlatformId, ActivityCsv.Read(new StringReader(
            "student,course,date,kind,value\nstudent,alg,2026-09-07,attendance,0\nother-student,alg,2026-09-08,attendance,1\nbio-student,bio,2026-06-01,attendance,0\n")).Rows, new Progress<int>(), CancellationToken.None);
        var signals = await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None);
        var scorer = new RiskScorer(db, time);

        var first = await scorer.ScoreDueTodayAsync(signals, new FixedModel(RiskLevel.High), "fixed", CancellationToken.None);
        time.Advance(TimeSpan.FromHours(17));
        var again = await scorer.ScoreDueTodayAsync(signals, new FixedModel(RiskLevel.High), "fixed", CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        var nextDay = await scorer.ScoreDueTodayAsync(signals, new FixedModel(RiskLevel.High), "fixed", CancellationToken.None);

        Assert.Equal((2, 1), (first.Levels.Values.Sum(), first.EnteredHigh));
        Assert.Equal((0, 0), (again.Levels.Values.Sum(), again.EnteredHigh));
        Assert.Equal((2, 0), (nextDay.Levels.Values.Sum(), nextDay.EnteredHigh));
        Assert.Equal(4, await db.RiskAssessments.CountAsync());
        Assert.False(await db.RiskAssessments.AnyAsync(a => a.CourseId == school.Biology.Id));
    }

    /// <summary>Puts the student who missed a session at the given level; everyone else is low.</summary>
    private sealed class FixedModel(RiskLevel level) : IRiskModel
    {
        public Task<IReadOnlyList<RiskAssessment>> AssessAsync(IReadOnlyList<StudentSignals> students, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RiskAssessment>>([.. students.Select(s =>
            {
                var week = s.Weeks[^1];
                bool missed = week.SessionsAttended < week.SessionsScheduled;
                return new RiskAssessment
                {
                    StudentKey = s.StudentKey,
                    CourseKey = s.CourseKey,
                    Level = missed ? level : RiskLevel.Low,
                    Score = missed ? 0.9 : 0.1,
                    Factors = missed ? [new RiskFactor("attendance.low", $"attended {week.SessionsAttended} of {week.SessionsScheduled} sessions", 1)] : [],
                };
            })]);
    }
}
