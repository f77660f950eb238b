using Addin.Sdk.Plugins;
using Addin.Sdk.Risk;
using Addin.Testing;

namespace Addin.Plugins.RuleRisk.Tests;

/// <summary>The rule-based traffic light with the thresholds plugin.json ships, and an institution's own.</summary>
public sealed class RuleRiskModelTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Fact]
    public async Task Assess_OneOfFourSessionsInTheLastTwoWeeks_IsHigh_WithTheNumbersInWords()
    {
        var model = Create();
        var student = Student(Week(0, attended: 2), Week(1, attended: 1), Week(2, attended: 0));

        var assessment = (await model.AssessAsync([student], CancellationToken.None)).Single();

        Assert.Equal(RiskLevel.High, assessment.Level);
        Assert.Equal("attended 1 of 4 sessions in the last 2 weeks", assessment.Factors[0].Description);
        Assert.Equal("attendance.low", assessment.Factors[0].Code);
        Assert.Contains(assessment.Factors, f => f.Description == "missed the last 2 sessions in a row");
        Assert.Equal(assessment.Factors.OrderByDescending(f => f.Weight), assessment.Factors);
    }

    [Fact]
    public async Task Assess_AttendingEverySessionButLeavingEarly_CountsTheShareOfTimeAttended_AndSaysSo()
    {
        var model = Create();
        // Four sessions attended in two weeks, but (from Teams reports) for 60% and 50% of their time: 2.2 of 4 sessions.
        var leaver = Student(Week(0), Week(1) with { SessionsAttendedByTime = 1.2 }, Week(2) with { SessionsAttendedByTime = 1.0 });
        var stayer = Student(Week(0), Week(1) with { SessionsAttendedByTime = 2.0 }, Week(2) with { SessionsAttendedByTime = 2.0 });

        var assessments = await model.AssessAsync([leaver, stayer], CancellationToken.None);

        Assert.Equal(RiskLevel.Medium, assessments[0].Level);
        Assert.Equal("attended 4 of 4 sessions in the last 2 weeks, present for 55% of their scheduled time", assessments[0].Factors.Single().Description);
        Assert.Equal((RiskLevel.Low, 0), (assessments[1].Level, assessments[1].Factors.Count));
    }

    [Fact]
    public async Task Assess_SlippingScoresOnly_IsMedium_AndAnEngagedStudentIsLow()
    {
        var model = Create();
        var slipping = Student(Week(0, score: 0.58), Week(1, score: 0.52));
        var engaged = Student(Week(0, score: 0.9), Week(1, score: 0.8));

        var assessments = await model.AssessAsync([slipping, engaged], CancellationToken.None);

        Assert.Equal(RiskLevel.Medium, assessments[0].Level);
        Assert.Equal("averaged 55% on 2 assessments in the last 2 weeks", Assert.Single(assessments[0].Factors).Description);
        Assert.Equal((RiskLevel.Low, 0), (assessments[1].Level, assessments[1].Factors.Count));
        Assert.True(assessments[0].Score > assessments[1].Score);
    }

    [Fact]
    public async Task Create_InstitutionThresholds_AreUsed()
    {
        var model = Create("""{ "windowWeeks": 1, "attendance": { "medium": 0.9, "high": 0.2 } }""");

        var assessment = (await model.AssessAsync([Student(Week(0, attended: 2), Week(1, attended: 1))], CancellationToken.None)).Single();

        Assert.Equal(RiskLevel.Medium, assessment.Level);
        Assert.Equal("attended 1 of 2 sessions this week", assessment.Factors[0].Description);
    }

    [Fact]
    public async Task Assess_MissedASessionAndDidNotWatchItsRecording_IsMedium_WhileOneWhoCaughtUpIsLow()
    {
        var model = Create();
        // Three of four sessions attended (75%: not low by itself); two hours recorded in those weeks.
        var notCaughtUp = Student(Week(0), Week(1, attended: 1) with { MinutesRecorded = 60, MinutesWatched = 10 }, Week(2) with { MinutesRecorded = 60, MinutesWatched = 0 });
        var caughtUp = Student(Week(0), Week(1, attended: 1) with { MinutesRecorded = 60, MinutesWatched = 55 }, Week(2) with { MinutesRecorded = 60, MinutesWatched = 20 });
        var neverMissed = Student(Week(0), Week(1) with { MinutesRecorded = 60, MinutesWatched = 0 }, Week(2) with { MinutesRecorded = 60, MinutesWatched = 0 });

        var assessments = await model.AssessAsync([notCaughtUp, caughtUp, neverMissed], CancellationToken.None);

        Assert.Equal(RiskLevel.Medium, assessments[0].Level);
        var factor = Assert.Single(assessments[0].Factors);
        Assert.Equal("recordings.unwatched", factor.Code);
        Assert.Equal("missed 1 session in the last 2 weeks and watched 10 of the 120 recorded minutes from then", factor.Description);
        Assert.Equal((RiskLevel.Low, 0), (assessments[1].Level, assessments[1].Factors.Count));
        Assert.Equal((RiskLevel.Low, 0), (assessments[2].Level, assessments[2].Factors.Count));
    }

    [Fact]
    public async Task Assess_MissingEverySessionAndWatchingNothing_IsHighForTheAttendance_NotForTheRecordings()
    {
        var model = Create();
        var absent = Student(Week(0), Week(1, attended: 0) with { MinutesRecorded = 60 }, Week(2, attended: 0) with { MinutesRecorded = 60 });

        var assessment = (await model.AssessAsync([absent], CancellationToken.None)).Single();

        Assert.Equal(RiskLevel.High, assessment.Level);
        var unwatched = Assert.Single(assessment.Factors, f => f.Code == "recordings.unwatched");
        Assert.True(unwatched.Weight < 0.5, $"the recordings factor alone would make the student high risk (weight {unwatched.Weight})");
        Assert.Equal("missed 4 sessions in the last 2 weeks and watched 0 of the 120 recorded minutes from then", unwatched.Description);
    }

    [Fact]
    public async Task Create_CatchUpZero_SwitchesTheRecordingsSignalOff()
    {
        var model = Create("""{ "catchUp": 0 }""");
        var student = Student(Week(0), Week(1, attended: 1) with { MinutesRecorded = 60, MinutesWatched = 0 }, Week(2) with { MinutesRecorded = 60 });

        var assessment = (await model.AssessAsync([student], CancellationToken.None)).Single();

        Assert.Equal((RiskLevel.Low, 0), (assessment.Level, assessment.Factors.Count));
    }

    [Theory]
    [InlineData("""{ "attendance": { "medium": 0.5, "high": 0.5 } }""", "/attendance/high", "must be below medium (0.5)")]
    [InlineData("""{ "score": { "medium": 0.4, "high": 0.6 } }""", "/score/high", "must be below medium (0.4)")]
    [InlineData("""{ "activity": { "medium": 2, "high": 5 } }""", "/activity/high", "must be below medium (2)")]
    [InlineData("""{ "missedInARow": { "medium": 3, "high": 2 } }""", "/missedInARow/high", "must be above medium (3)")]
    public void Create_HighNotStricterThanMedium_NamesTheSettingAndTheFix(string settings, string setting, string fix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => Create(settings));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(fix, ex.Problem, StringComparison.Ordinal);
    }

    private static IRiskModel Create(string settings = "{}")
    {
        // The host merges plugin.json's defaults under the platform's settings; RuleRiskSettings' initialisers are those defaults.
        return new RuleRiskModelFactory().Create(TestProviderContext.Create("rule-risk", Path.GetTempPath(), settings));
    }

    private static StudentSignals Student(params WeeklySignals[] weeks) => new() { StudentKey = "s1", CourseKey = "c1", Weeks = weeks };

    private static WeeklySignals Week(int index, int attended = 2, double? score = null) => new()
    {
        WeekStart = Monday.AddDays(7 * index),
        SessionsScheduled = 2,
        SessionsAttended = attended,
        AssessmentScore = score,
        AssessmentsDue = score is null ? 0 : 1,
        ActivityCount = 20,
    };
}
