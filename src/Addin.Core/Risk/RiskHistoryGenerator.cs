using System.Globalization;
using Addin.Sdk.Risk;

namespace Addin.Core.Risk;

/// <summary>
/// A made-up history with a known pattern, the same for the same seed: for benchmarks, tests and trying the risk
/// commands without an institution's data. Students who go on to fail disengage part-way through the course: their LMS
/// activity falls well below their own earlier level and their scores slip, while their attendance barely changes. Some
/// students who pass are quiet all along, so a fixed activity threshold mistakes them for students at risk; a model
/// that compares a student with their own start does not.
/// </summary>
public static class RiskHistoryGenerator
{
    /// <summary>The Monday every generated course starts on.</summary>
    public static readonly DateOnly CourseStart = new(2026, 1, 5);

    private const int StudentsPerCourse = 30;

    public static IReadOnlyList<LabelledSignals> Generate(int students, int weeks, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(students, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 2);
        var random = new Random(seed);
        var history = new List<LabelledSignals>(students);
        for (int s = 0; s < students; s++)
        {
            history.Add(Student(random, $"student-{s:D6}", $"course-{s / StudentsPerCourse:D4}", weeks));
        }

        return history;
    }

    private static LabelledSignals Student(Random random, string student, string course, int weeks)
    {
        bool failing = random.NextDouble() < 0.25;
        double baseline = 4 + (random.NextDouble() * 36);
        int dropWeek = failing ? 2 + random.Next(Math.Max(1, weeks / 2)) : int.MaxValue;
        double ability = 0.55 + (random.NextDouble() * 0.35);
        double attendance = 0.7 + (random.NextDouble() * 0.3);
        var series = new List<WeeklySignals>(weeks);
        for (int w = 0; w < weeks; w++)
        {
            bool dropped = w >= dropWeek;
            double activity = baseline * (dropped ? 0.25 + (random.NextDouble() * 0.15) : 0.85 + (random.NextDouble() * 0.3));
            int attended = Attended(random, dropped ? attendance - 0.1 : attendance);
            bool assessed = w % 2 == 1;
            series.Add(new WeeklySignals
            {
                WeekStart = CourseStart.AddDays(7 * w),
                SessionsScheduled = 2,
                SessionsAttended = attended,
                ActivityCount = (int)Math.Round(activity),
                AssessmentsDue = assessed ? 1 : 0,
                AssessmentScore = assessed ? Math.Clamp(ability - (dropped ? 0.12 : 0) + ((random.NextDouble() - 0.5) * 0.2), 0, 1) : null,
            });
        }

        // The pattern is strong, not certain: a few students fail or pass against it.
        bool failed = random.NextDouble() < 0.08 ? !failing : failing;
        return new LabelledSignals(new StudentSignals { StudentKey = student, CourseKey = course, Weeks = series }, failed);
    }

    private static int Attended(Random random, double rate) => (random.NextDouble() < rate ? 1 : 0) + (random.NextDouble() < rate ? 1 : 0);

    /// <summary>Writes the history as an activity CSV (<see cref="ActivityCsv"/>), which imports back to the same signals.</summary>
    public static void WriteCsv(IReadOnlyList<LabelledSignals> history, TextWriter csv)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(csv);
        csv.WriteLine(ActivityCsv.Header);
        foreach (var (signals, failed) in history)
        {
            void Row(DateOnly date, ActivityKind kind, double value) =>
                csv.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{signals.StudentKey},{signals.CourseKey},{date:yyyy-MM-dd},{ActivityCsv.KindName(kind)},{value:0.####}"));

            foreach (var week in signals.Weeks)
            {
                // One row per session, on its own day: the import keeps one fact per day and kind.
                for (int session = 0; session < week.SessionsScheduled; session++)
                {
                    Row(week.WeekStart.AddDays(session * 2), ActivityKind.Attendance, session < week.SessionsAttended ? 1 : 0);
                }

                if (week.ActivityCount is { } activity)
                {
                    Row(week.WeekStart, ActivityKind.ActivityCount, activity);
                }

                if (week.AssessmentsDue > 0)
                {
                    Row(week.WeekStart.AddDays(4), ActivityKind.AssessmentDue, week.AssessmentsDue);
                }

                if (week.AssessmentScore is { } score)
                {
                    Row(week.WeekStart.AddDays(4), ActivityKind.AssessmentScore, score);
                }
            }

            Row(signals.Weeks[^1].WeekStart.AddDays(6), ActivityKind.Outcome, failed ? 0 : 1);
        }
    }
}
