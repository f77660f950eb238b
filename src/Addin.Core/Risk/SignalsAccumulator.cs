using Addin.Sdk.Risk;

namespace Addin.Core.Risk;

/// <summary>
/// Gathers what is known about each student in each course, fact by fact, and turns it into weekly signals: one week
/// per week of the course (from the course's first fact to its last), so every student of a course shares its timeline.
/// </summary>
public sealed class SignalsAccumulator
{
    private readonly Dictionary<(long Course, long Person), SortedDictionary<DateOnly, Week>> students = [];
    private readonly Dictionary<long, (DateOnly First, DateOnly Last)> courseSpans = [];

    /// <summary>An imported fact; outcomes are labels, not signals, and are ignored.</summary>
    public void AddActivity(long courseId, long personId, DateOnly date, ActivityKind kind, double value)
    {
        if (kind == ActivityKind.Outcome)
        {
            return;
        }

        var week = WeekOf(courseId, personId, date);
        switch (kind)
        {
            case ActivityKind.Attendance:
                AddAttendance(courseId, personId, date, value > 0, null);
                break;
            case ActivityKind.ActivityCount:
                week.Activity = (week.Activity ?? 0) + (int)value;
                break;
            case ActivityKind.AssessmentScore:
                week.ScoreSum += value;
                week.Scores++;
                break;
            case ActivityKind.AssessmentDue:
                week.Due += (int)value;
                break;
        }
    }

    /// <summary>A scheduled session the student attended or missed; <paramref name="share"/> is the share of it they were in, where it was measured.</summary>
    public void AddAttendance(long courseId, long personId, DateOnly date, bool attended, double? share)
    {
        var week = WeekOf(courseId, personId, date);
        week.Scheduled++;
        week.Attended += attended ? 1 : 0;
        week.AttendedByTime += share ?? (attended ? 1 : 0);
        week.Timed |= share is not null;
    }

    /// <summary>A session the student took part in (a tutoring session lists its participants).</summary>
    public void AddSessionAttended(long courseId, long personId, DateOnly date)
    {
        AddAttendance(courseId, personId, date, attended: true, share: null);
    }

    /// <summary>The student's speaking in one session's transcript.</summary>
    public void AddTalk(long courseId, long personId, DateOnly date, long studentMs, long sessionMs, int turns)
    {
        var week = WeekOf(courseId, personId, date);
        week.TalkMs += studentMs;
        week.SessionMs += sessionMs;
        week.Turns = (week.Turns ?? 0) + turns;
    }

    /// <summary>A recording of a session of the week that the student may watch, and how much of it they watched.</summary>
    public void AddRecording(long courseId, long personId, DateOnly sessionDate, double recordedSeconds, double watchedSeconds)
    {
        var week = WeekOf(courseId, personId, sessionDate);
        week.RecordedSeconds = (week.RecordedSeconds ?? 0) + recordedSeconds;
        week.WatchedSeconds += Math.Min(watchedSeconds, recordedSeconds);
    }

    /// <summary>The signals of every student seen, keyed by the ids the caller gives.</summary>
    public IReadOnlyList<StudentSignals> Build(Func<long, string> courseKey, Func<long, string> studentKey)
    {
        ArgumentNullException.ThrowIfNull(courseKey);
        ArgumentNullException.ThrowIfNull(studentKey);
        var result = new List<StudentSignals>(students.Count);
        foreach (var ((course, person), weeks) in students)
        {
            var (first, last) = courseSpans[course];
            var series = new List<WeeklySignals>();
            for (var start = first; start <= last; start = start.AddDays(7))
            {
                series.Add(weeks.TryGetValue(start, out var week) ? week.ToSignals(start) : new WeeklySignals { WeekStart = start });
            }

            result.Add(new StudentSignals { CourseKey = courseKey(course), StudentKey = studentKey(person), Weeks = series });
        }

        return result;
    }

    private Week WeekOf(long courseId, long personId, DateOnly date)
    {
        var start = Weeks.StartOf(date);
        courseSpans[courseId] = courseSpans.TryGetValue(courseId, out var span)
            ? (start < span.First ? start : span.First, start > span.Last ? start : span.Last)
            : (start, start);
        if (!students.TryGetValue((courseId, personId), out var weeks))
        {
            weeks = [];
            students.Add((courseId, personId), weeks);
        }

        if (!weeks.TryGetValue(start, out var week))
        {
            week = new Week();
            weeks.Add(start, week);
        }

        return week;
    }

    private sealed class Week
    {
        public int Scheduled { get; set; }

        public int Attended { get; set; }

        public double AttendedByTime { get; set; }

        public bool Timed { get; set; }

        public int? Activity { get; set; }

        public double ScoreSum { get; set; }

        public int Scores { get; set; }

        public int Due { get; set; }

        public double? RecordedSeconds { get; set; }

        public double WatchedSeconds { get; set; }

        public long TalkMs { get; set; }

        public long SessionMs { get; set; }

        public int? Turns { get; set; }

        public WeeklySignals ToSignals(DateOnly start) => new()
        {
            WeekStart = start,
            SessionsScheduled = Scheduled,
            SessionsAttended = Attended,
            SessionsAttendedByTime = Timed ? AttendedByTime : null,
            ActivityCount = Activity,
            AssessmentScore = Scores > 0 ? ScoreSum / Scores : null,
            AssessmentsDue = Due,
            TalkShare = SessionMs > 0 ? (double)TalkMs / SessionMs : null,
            Turns = Turns,
            MinutesRecorded = RecordedSeconds / 60,
            MinutesWatched = RecordedSeconds is null ? null : WatchedSeconds / 60,
        };
    }
}
