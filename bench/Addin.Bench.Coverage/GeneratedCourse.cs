using Addin.Core.Quality;
using Addin.Sdk.Summaries;

namespace Addin.Bench.Coverage;

/// <summary>A course's coverage grid with minutes drawn at random (fixed seed): every level appears, and some sessions have no transcript.</summary>
internal static class GeneratedCourse
{
    public static CoverageGrid Grid(int sessions, int topics, int instructors)
    {
        var random = new Random(42);
        var plan = Enumerable.Range(1, topics)
            .Select(t => new CurriculumTopic { Id = $"topic-{t}", Title = $"Topic {t}", PlannedDuration = t % 4 == 0 ? null : TimeSpan.FromMinutes(10) })
            .ToList();
        var start = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, sessions)
            .Select(i => new CoverageRow(
                $"Session {i + 1}",
                i + 1,
                start.AddDays(i / 3.0),
                $"Instructor {(i % instructors) + 1}",
                i % 25 == 0 ? null : plan.Select(_ => random.Next(4) == 0 ? 0 : Math.Round(random.NextDouble() * 18, 1)).ToArray()))
            .ToList();
        var byInstructor = rows.Where(r => r.Minutes is not null).GroupBy(r => r.Instructor!)
            .Select(g => new CoverageRow(g.Key, null, null, g.Key, Sum(g, topics)))
            .ToList();
        return new CoverageGrid(plan, rows, byInstructor, new CoverageRow("Whole course", null, null, null, Sum(rows, topics)));
    }

    private static double[] Sum(IEnumerable<CoverageRow> rows, int topics) =>
        [.. Enumerable.Range(0, topics).Select(t => rows.Where(r => r.Minutes is not null).Sum(r => r.Minutes![t]))];
}
