using Addin.Sdk.Risk;

namespace Addin.Core.Risk;

/// <summary>
/// Compares a trained model with the rule-based one on the same held-out students, week by week of the course: at week
/// N each model sees only the first N weeks, as it would have then.
/// </summary>
public static class RiskEvaluation
{
    /// <summary>The share of students held out for testing.</summary>
    public const double TestShare = 0.3;

    /// <summary>Splits the history by student (stable: the same history always splits the same way).</summary>
    public static (IReadOnlyList<LabelledSignals> Train, IReadOnlyList<LabelledSignals> Test) Split(IReadOnlyList<LabelledSignals> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var test = history.Where(h => StableHash($"{h.Signals.CourseKey}\n{h.Signals.StudentKey}") % 1000 < TestShare * 1000).ToList();
        var held = test.ToHashSet();
        return (history.Where(h => !held.Contains(h)).ToList(), test);
    }

    /// <summary>Each model's metrics on the test students, for each week of the course.</summary>
    public static async Task<IReadOnlyList<WeekComparison>> CompareAsync(
        IRiskModel trained, IRiskModel baseline, IReadOnlyList<LabelledSignals> test, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(test);
        int weeks = test.Count == 0 ? 0 : test.Max(t => t.Signals.Weeks.Count);
        var result = new List<WeekComparison>(weeks);
        for (int week = 1; week <= weeks; week++)
        {
            var upTo = test.Where(t => t.Signals.Weeks.Count >= week)
                .Select(t => t with { Signals = t.Signals with { Weeks = [.. t.Signals.Weeks.Take(week)] } })
                .ToList();
            result.Add(new WeekComparison(week, await MetricsAsync(trained, upTo, cancellationToken), await MetricsAsync(baseline, upTo, cancellationToken)));
        }

        return result;
    }

    private static async Task<RiskMetrics> MetricsAsync(IRiskModel model, IReadOnlyList<LabelledSignals> students, CancellationToken cancellationToken)
    {
        var assessments = await model.AssessAsync([.. students.Select(s => s.Signals)], cancellationToken);
        return RiskMetrics.Of([.. assessments.Zip(students, (a, s) => (a.Score, s.Failed))]);
    }

    /// <summary>FNV-1a: string.GetHashCode differs from run to run.</summary>
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}

/// <summary>Both models' metrics at one week of the course.</summary>
public sealed record WeekComparison(int Week, RiskMetrics Trained, RiskMetrics Baseline)
{
    /// <summary>How much higher the trained model's AUC is.</summary>
    public double AucGain => Trained.Auc - Baseline.Auc;
}
