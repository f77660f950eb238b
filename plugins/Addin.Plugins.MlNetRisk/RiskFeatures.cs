using System.Globalization;
using Addin.Sdk.Risk;

namespace Addin.Plugins.MlNetRisk;

/// <summary>
/// The numbers the model learns from, computed from a student's weeks so far, and how each reads to a teacher. Missing
/// signals take neutral values (full attendance, no change) so a student is not flagged for what was not measured.
/// </summary>
internal static class RiskFeatures
{
    public const int RecentWeeks = 2;

    public const int ScoreWeeks = 4;

    private const double NeutralScore = 0.7;

    public static readonly string[] Codes =
    [
        "attendance.recent", "attendance.overall", "score.recent", "score.change",
        "activity.recent", "activity.change", "attendance.streak", "talk.recent", "course.week",
    ];

    /// <summary>How many features there are (a constant, for ML.NET's vector column attribute; a test checks it against <see cref="Codes"/>).</summary>
    public const int Count = 9;

    public static float[] Of(IReadOnlyList<WeeklySignals> weeks)
    {
        var recent = SignalWindow.Last(weeks, RecentWeeks);
        var scores = SignalWindow.Last(weeks, ScoreWeeks);
        var all = SignalWindow.Last(weeks, Math.Max(1, weeks.Count));
        double overallScore = all.AverageScore ?? NeutralScore;
        return
        [
            (float)(recent.AttendedShare ?? 1),
            (float)(all.AttendedShare ?? 1),
            (float)(scores.AverageScore ?? overallScore),
            (float)((scores.AverageScore ?? overallScore) - overallScore),
            (float)Math.Log(1 + (recent.AverageActivity ?? all.AverageActivity ?? 0)),
            (float)ActivityChange(recent, all),
            all.MissedSessionStreak,
            (float)(scores.AverageTalkShare ?? all.AverageTalkShare ?? 0),
            weeks.Count,
        ];
    }

    /// <summary>Recent weekly activity as a share of the student's own average over the course (1: as usual).</summary>
    private static double ActivityChange(SignalWindow recent, SignalWindow all) =>
        recent.AverageActivity is { } now && all.AverageActivity is > 0 and var usual ? Math.Min(3, now / usual) : 1;

    /// <summary>The feature at <paramref name="index"/> in a teacher's words, with the numbers; null for ones that are context, not a reason.</summary>
    public static string? Describe(int index, IReadOnlyList<WeeklySignals> weeks)
    {
        var c = CultureInfo.InvariantCulture;
        var recent = SignalWindow.Last(weeks, RecentWeeks);
        var scores = SignalWindow.Last(weeks, ScoreWeeks);
        var all = SignalWindow.Last(weeks, Math.Max(1, weeks.Count));
        string lately = recent.Weeks == 1 ? "this week" : $"in the last {recent.Weeks} weeks";
        return Codes[index] switch
        {
            "attendance.recent" when recent.SessionsScheduled > 0 => $"attended {recent.SessionsAttended} of {recent.SessionsScheduled} sessions {lately}",
            "attendance.overall" when all.SessionsScheduled > 0 => $"attended {all.SessionsAttended} of {all.SessionsScheduled} sessions since the course began",
            "score.recent" when scores.AverageScore is { } s => string.Create(c, $"averaged {s * 100:0}% on assessments in the last {scores.Weeks} weeks"),
            "score.change" when scores.AverageScore is { } s && all.AverageScore is { } a =>
                string.Create(c, $"recent assessment average {s * 100:0}% against {a * 100:0}% over the whole course"),
            "activity.recent" when recent.AverageActivity is { } a => string.Create(c, $"{a:0.#} LMS actions a week {lately}"),
            "activity.change" when recent.AverageActivity is { } a && all.AverageActivity is > 0 and var usual =>
                string.Create(c, $"LMS activity {lately} is {a / usual * 100:0}% of the student's own weekly average ({a:0.#} against {usual:0.#} actions)"),
            "attendance.streak" when all.MissedSessionStreak > 0 => $"missed the last {all.MissedSessionStreak} session{(all.MissedSessionStreak == 1 ? "" : "s")} in a row",
            "talk.recent" when scores.AverageTalkShare is { } t => string.Create(c, $"spoke {t * 100:0}% of the time in their sessions over the last {scores.Weeks} weeks"),
            _ => null,
        };
    }
}
