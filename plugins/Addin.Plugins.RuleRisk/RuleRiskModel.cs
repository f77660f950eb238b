using System.Globalization;
using Addin.Sdk.Risk;

namespace Addin.Plugins.RuleRisk;

/// <summary>
/// The traffic light. Each rule gives a severity from 0 (fine) through 0.5 (at its medium threshold) to 1 (far past its
/// high one); the level is high when any rule is past its high threshold and medium when any is past its medium one.
/// The score leans on the worst rule and a little on the others, so students at the same level are still ranked.
/// </summary>
internal sealed class RuleRiskModel(RuleRiskSettings settings) : IRiskModel
{
    private const int ScoreWindowWeeks = 4;

    public Task<IReadOnlyList<RiskAssessment>> AssessAsync(IReadOnlyList<StudentSignals> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        var assessments = new RiskAssessment[students.Count];
        for (int i = 0; i < students.Count; i++)
        {
            assessments[i] = Assess(students[i]);
        }

        return Task.FromResult<IReadOnlyList<RiskAssessment>>(assessments);
    }

    internal RiskAssessment Assess(StudentSignals student)
    {
        var recent = SignalWindow.Last(student.Weeks, settings.WindowWeeks);
        var scores = SignalWindow.Last(student.Weeks, Math.Max(ScoreWindowWeeks, settings.WindowWeeks));
        var factors = new List<RiskFactor>(5);
        string weeks = recent.Weeks == 1 ? "this week" : $"in the last {recent.Weeks} weeks";
        if (recent.AttendedShare is { } attendance)
        {
            // Where reports measured minutes, a student who leaves early counts by the share of each session they were in.
            string attended = $"attended {recent.SessionsAttended} of {recent.SessionsScheduled} sessions {weeks}";
            Add(factors, "attendance.low", Below(attendance, settings.Attendance), recent.AttendanceTimed
                ? string.Create(CultureInfo.InvariantCulture, $"{attended}, present for {attendance * 100:0}% of their scheduled time")
                : attended);
        }

        if (scores.AverageScore is { } score)
        {
            Add(factors, "score.low", Below(score, settings.Score),
                string.Create(CultureInfo.InvariantCulture, $"averaged {score * 100:0}% on {Plural(scores.AssessmentsScored, "assessment")} in the last {scores.Weeks} weeks"));
        }

        if (recent.AverageActivity is { } activity)
        {
            Add(factors, "activity.low", Below(activity, settings.Activity),
                string.Create(CultureInfo.InvariantCulture, $"{activity:0.#} LMS actions a week {weeks}"));
        }

        int missed = recent.SessionsScheduled - recent.SessionsAttended;
        if (missed > 0 && recent.WatchedShare is { } watched && watched < settings.CatchUp)
        {
            // Capped below 0.5: not catching up adds to a concern but is not, alone, a reason for high risk.
            Add(factors, "recordings.unwatched", 0.01 + (0.48 * (settings.CatchUp - watched) / settings.CatchUp),
                string.Create(CultureInfo.InvariantCulture,
                    $"missed {Plural(missed, "session")} {weeks} and watched {recent.MinutesWatched:0} of the {recent.MinutesRecorded:0} recorded minutes from then"));
        }

        var streak = SignalWindow.Last(student.Weeks, student.Weeks.Count).MissedSessionStreak;
        Add(factors, "attendance.streak", AtOrAbove(streak, settings.MissedInARow), $"missed the last {Plural(streak, "session")} in a row");

        factors.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        double worst = factors.Count > 0 ? factors[0].Weight : 0;
        double mean = factors.Count > 0 ? factors.Average(f => f.Weight) : 0;
        return new RiskAssessment
        {
            StudentKey = student.StudentKey,
            CourseKey = student.CourseKey,
            Level = worst >= 0.5 ? RiskLevel.High : worst > 0 ? RiskLevel.Medium : RiskLevel.Low,
            Score = Math.Clamp(0.1 + (0.75 * worst) + (0.15 * mean), 0, 1),
            Factors = factors,
        };
    }

    private static void Add(List<RiskFactor> factors, string code, double severity, string description)
    {
        if (severity > 0)
        {
            factors.Add(new RiskFactor(code, description, severity));
        }
    }

    /// <summary>Severity of a value where lower is worse: 0 at or above medium, just under 0.5 above high, 0.5 to 1 from high to zero.</summary>
    private static double Below(double value, Thresholds thresholds)
    {
        if (value >= thresholds.Medium)
        {
            return 0;
        }

        return value > thresholds.High
            ? 0.01 + (0.49 * (thresholds.Medium - value) / (thresholds.Medium - thresholds.High))
            : 0.5 + (0.5 * (thresholds.High <= 0 ? 1 : (thresholds.High - value) / thresholds.High));
    }

    /// <summary>Severity of a count where higher is worse: from just above 0 at medium to 0.5 at high, to 1 at twice high.</summary>
    private static double AtOrAbove(int value, Thresholds thresholds)
    {
        if (value < thresholds.Medium)
        {
            return 0;
        }

        return value < thresholds.High
            ? 0.01 + (0.49 * (value - thresholds.Medium) / (thresholds.High - thresholds.Medium))
            : Math.Min(1, 0.5 + (0.5 * (value - thresholds.High) / thresholds.High));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
