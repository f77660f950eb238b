using Addin.Sdk.Risk;

namespace Addin.Sdk.Tests.Risk;

/// <summary>The recent weeks summed up as risk models read them; not observed is not zero.</summary>
public sealed class SignalWindowTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Fact]
    public void Last_TwoOfFourWeeks_SumsOnlyThose_AndAveragesOnlyWhatWasObserved()
    {
        WeeklySignals[] weeks =
        [
            Week(0, 2, 2, score: 0.9, activity: 30),
            Week(1, 2, 2, score: 0.8, activity: 20),
            Week(2, 2, 1, score: null, activity: null, talk: 0.1),
            Week(3, 2, 0, score: 0.4, activity: 6, talk: 0.3),
        ];

        var window = SignalWindow.Last(weeks, 2);

        Assert.Equal((2, 4, 1, 0.25), (window.Weeks, window.SessionsScheduled, window.SessionsAttended, window.AttendanceRate));
        Assert.Equal((0.4, 1, 6.0), (window.AverageScore, window.AssessmentsScored, window.AverageActivity));
        Assert.Equal(0.2, window.AverageTalkShare!.Value, 6);
        Assert.Equal(2, window.MissedSessionStreak);
    }

    [Fact]
    public void Last_MoreWeeksThanThereAre_TakesAll_AndNothingScheduledHasNoRate()
    {
        var window = SignalWindow.Last([Week(0, 0, 0, score: null, activity: null)], 4);

        Assert.Equal((1, null, null, null, 0), (window.Weeks, window.AttendanceRate, window.AverageScore, window.AverageActivity, window.MissedSessionStreak));
    }

    [Fact]
    public void Last_SessionsMeasuredInMinutes_CountByTheShareAttended_OthersWhole_AndTheRateStaysByCount()
    {
        // Week 1: two sessions, both measured (0.5 + 0.25 attended). Week 2: two sessions, neither measured, one attended.
        var window = SignalWindow.Last([Week(0, 2, 2) with { SessionsAttendedByTime = 0.75 }, Week(1, 2, 1)], 2);

        Assert.Equal((3, 0.75, true), (window.SessionsAttended, window.AttendanceRate, window.AttendanceTimed));
        Assert.Equal(1.75, window.SessionsAttendedByTime, 6);
        Assert.Equal(1.75 / 4, window.AttendedShare!.Value, 6);
    }

    [Fact]
    public void Last_NothingMeasured_TheShareIsTheRate_AndAShareOverTheSessionsIsCapped()
    {
        var plain = SignalWindow.Last([Week(0, 4, 3)], 1);
        var overReported = SignalWindow.Last([Week(0, 1, 1) with { SessionsAttendedByTime = 1.4 }], 1);

        Assert.Equal((0.75, 0.75, false), (plain.AttendanceRate, plain.AttendedShare, plain.AttendanceTimed));
        Assert.Equal(1.0, overReported.AttendedShare);
    }

    [Fact]
    public void Last_MissedStreak_RunsBackOverWeeksWithNothingScheduled_ToTheLastAttendance()
    {
        var window = SignalWindow.Last([Week(0, 2, 1), Week(1, 2, 0), Week(2, 0, 0), Week(3, 1, 0)], 4);

        Assert.Equal(3, window.MissedSessionStreak);
    }

    [Fact]
    public void Last_RecordedWeeks_SumTheirMinutes_CapWhatWasWatchedAtWhatWasRecorded_AndWeeksWithoutRecordingsAreNotZero()
    {
        var window = SignalWindow.Last(
            [Week(0, 1, 1) with { MinutesRecorded = 50, MinutesWatched = 50 }, Week(1, 1, 0) with { MinutesRecorded = 60, MinutesWatched = 90 }, Week(2, 1, 0), Week(3, 1, 1) with { MinutesRecorded = 40 }],
            3);
        var unrecorded = SignalWindow.Last([Week(0, 2, 1)], 1);

        Assert.Equal((100.0, 60.0, 0.6), (window.MinutesRecorded, window.MinutesWatched, window.WatchedShare));
        Assert.Equal((null, null, null), (unrecorded.MinutesRecorded, unrecorded.MinutesWatched, unrecorded.WatchedShare));
    }

    private static WeeklySignals Week(int index, int scheduled, int attended, double? score = null, int? activity = null, double? talk = null) => new()
    {
        WeekStart = Monday.AddDays(7 * index),
        SessionsScheduled = scheduled,
        SessionsAttended = attended,
        AssessmentScore = score,
        ActivityCount = activity,
        TalkShare = talk,
    };
}
