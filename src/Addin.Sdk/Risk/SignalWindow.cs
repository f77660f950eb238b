namespace Addin.Sdk.Risk;

/// <summary>
/// The last weeks of a student's signals, summed up the way teachers talk about them ("attended 1 of 4 sessions in the
/// last 2 weeks"). Risk models share it so their factors mean the same thing.
/// </summary>
public readonly struct SignalWindow
{
    private SignalWindow(int weeks, int scheduled, int attended, double attendedByTime, bool timed, double? score, int scored, int due, double? activity, double? talkShare, int missedStreak, double? minutesRecorded, double? minutesWatched)
    {
        Weeks = weeks;
        SessionsScheduled = scheduled;
        SessionsAttended = attended;
        SessionsAttendedByTime = attendedByTime;
        AttendanceTimed = timed;
        AverageScore = score;
        AssessmentsScored = scored;
        AssessmentsDue = due;
        AverageActivity = activity;
        AverageTalkShare = talkShare;
        MissedSessionStreak = missedStreak;
        MinutesRecorded = minutesRecorded;
        MinutesWatched = minutesWatched;
    }

    /// <summary>How many weeks the window holds (fewer than asked when the course is younger).</summary>
    public int Weeks { get; }

    /// <summary>Sessions scheduled in the window.</summary>
    public int SessionsScheduled { get; }

    /// <summary>Sessions attended in the window.</summary>
    public int SessionsAttended { get; }

    /// <summary>Attended out of scheduled, or null when nothing was scheduled.</summary>
    public double? AttendanceRate => SessionsScheduled > 0 ? (double)SessionsAttended / SessionsScheduled : null;

    /// <summary>
    /// Sessions attended counted by the share of each the student was in where it was measured (see
    /// <see cref="WeeklySignals.SessionsAttendedByTime"/>), else whole. Since SDK 1.4.
    /// </summary>
    public double SessionsAttendedByTime { get; }

    /// <summary>True when an attendance report measured the minutes of at least one session in the window. Since SDK 1.4.</summary>
    public bool AttendanceTimed { get; }

    /// <summary>
    /// The share of the scheduled sessions the student was in, counting a session they left early by the share of it
    /// they attended where that was measured; the same as <see cref="AttendanceRate"/> where it was not. Null when nothing
    /// was scheduled. Since SDK 1.4.
    /// </summary>
    public double? AttendedShare => SessionsScheduled > 0 ? SessionsAttendedByTime / SessionsScheduled : null;

    /// <summary>The mean of the weeks' assessment scores (0 to 1), or null when none was scored.</summary>
    public double? AverageScore { get; }

    /// <summary>Weeks with an assessment score.</summary>
    public int AssessmentsScored { get; }

    /// <summary>Assessments due in the window.</summary>
    public int AssessmentsDue { get; }

    /// <summary>The mean weekly LMS activity count, or null when none was reported.</summary>
    public double? AverageActivity { get; }

    /// <summary>The mean talk-time share over the weeks it was measured, or null.</summary>
    public double? AverageTalkShare { get; }

    /// <summary>Sessions missed in a row up to the end of the window (a week with no session scheduled does not break it).</summary>
    public int MissedSessionStreak { get; }

    /// <summary>Minutes of recordings of the window's sessions the student may watch, or null when there were none. Since SDK 1.5.</summary>
    public double? MinutesRecorded { get; }

    /// <summary>Minutes of those recordings the student watched, or null when there were none. Since SDK 1.5.</summary>
    public double? MinutesWatched { get; }

    /// <summary>The share of the window's recorded minutes the student watched (0 to 1), or null when nothing was recorded. Since SDK 1.5.</summary>
    public double? WatchedShare => MinutesRecorded is > 0 ? Math.Min(1, (MinutesWatched ?? 0) / MinutesRecorded.Value) : null;

    /// <summary>The last <paramref name="weeks"/> weeks of <paramref name="signals"/> (all of them when there are fewer).</summary>
    public static SignalWindow Last(IReadOnlyList<WeeklySignals> signals, int weeks)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        int from = Math.Max(0, signals.Count - weeks);
        int scheduled = 0, attended = 0, scored = 0, due = 0, activityWeeks = 0, talkWeeks = 0;
        double attendedByTime = 0, scoreSum = 0, activitySum = 0, talkSum = 0;
        double? recorded = null, watched = null;
        bool timed = false;
        for (int i = from; i < signals.Count; i++)
        {
            var week = signals[i];
            scheduled += week.SessionsScheduled;
            int weekAttended = Math.Min(week.SessionsAttended, week.SessionsScheduled);
            attended += weekAttended;
            timed |= week.SessionsAttendedByTime is not null;
            attendedByTime += Math.Clamp(week.SessionsAttendedByTime ?? weekAttended, 0, week.SessionsScheduled);
            due += week.AssessmentsDue;
            if (week.AssessmentScore is { } score)
            {
                scoreSum += score;
                scored++;
            }

            if (week.ActivityCount is { } activity)
            {
                activitySum += activity;
                activityWeeks++;
            }

            if (week.TalkShare is { } talk)
            {
                talkSum += talk;
                talkWeeks++;
            }

            if (week.MinutesRecorded is { } minutes)
            {
                recorded = (recorded ?? 0) + minutes;
                watched = (watched ?? 0) + Math.Min(week.MinutesWatched ?? 0, minutes);
            }
        }

        return new SignalWindow(
            signals.Count - from,
            scheduled,
            attended,
            attendedByTime,
            timed,
            scored > 0 ? scoreSum / scored : null,
            scored,
            due,
            activityWeeks > 0 ? activitySum / activityWeeks : null,
            talkWeeks > 0 ? talkSum / talkWeeks : null,
            MissedStreak(signals, from),
            recorded,
            watched);
    }

    private static int MissedStreak(IReadOnlyList<WeeklySignals> signals, int from)
    {
        int streak = 0;
        for (int i = signals.Count - 1; i >= from; i--)
        {
            var week = signals[i];
            // The order of sessions inside a week is unknown: a week with any attendance ends the streak.
            if (week.SessionsAttended > 0)
            {
                return streak;
            }

            streak += week.SessionsScheduled;
        }

        return streak;
    }
}
