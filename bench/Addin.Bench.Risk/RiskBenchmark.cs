using System.Diagnostics;
using Addin.Core.Risk;
using Addin.Plugins.MlNetRisk;
using Addin.Plugins.RuleRisk;
using Addin.Sdk.Risk;
using Addin.Testing;
using ActivityKind = Addin.Core.Risk.ActivityKind;

namespace Addin.Bench.Risk;

/// <summary>
/// <c>./addin bench risk [--students 100000] [--weeks 20]</c>: builds the weekly signals of a generated history from its
/// facts (the baseline: what any scoring needs first), then scores every student with the rule-based model and with the
/// ML.NET model (trained beforehand on a separate history); prints each time and its ratio to the baseline.
/// </summary>
internal static class RiskBenchmark
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(10);

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Addin.Bench.Risk [--students N] [--weeks N]   (100 to 1,000,000 students, default 100,000; 2 to 52 weeks, default 20)");
            return 2;
        }

        Console.WriteLine($"Generating {options.Students:N0} students with {options.Weeks} weeks of signals…");
        var history = RiskHistoryGenerator.Generate(options.Students, options.Weeks, seed: 1);
        var data = Path.Combine(Path.GetTempPath(), "addin-bench-risk");
        var rules = new RuleRiskModelFactory().Create(TestProviderContext.Create("rule-risk", data));
        var trainer = (IRiskModelTrainer)new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data));
        var training = Stopwatch.StartNew();
        var trained = await trainer.TrainAsync(RiskHistoryGenerator.Generate(5_000, options.Weeks, seed: 2), CancellationToken.None);
        Console.WriteLine($"Trained the ML.NET model on 5,000 other students in {training.Elapsed.TotalSeconds:F1} s (not counted below).");

        var students = history.Select(h => h.Signals).ToList();
        var baseline = Measure(() => BuildSignals(students));
        var rule = await MeasureAsync(() => rules.AssessAsync(students, CancellationToken.None));
        var ml = await MeasureAsync(() => trained.AssessAsync(students, CancellationToken.None));

        Console.WriteLine();
        Console.WriteLine($"{"step",-44} {"time",9} {"ratio",7}");
        Report($"building the signals (baseline, {baseline.Facts:N0} facts)", baseline.Elapsed, baseline.Elapsed);
        Report($"rule-risk: scoring {students.Count:N0} students", rule, baseline.Elapsed);
        Report($"mlnet-risk: scoring {students.Count:N0} students", ml, baseline.Elapsed);
        bool met = rule < Target && ml < Target;
        Console.WriteLine();
        Console.WriteLine(met ? $"Both models score within the {Target.TotalSeconds:F0} s target." : $"A model missed the {Target.TotalSeconds:F0} s target.");
        return met ? 0 : 1;
    }

    /// <summary>Feeds every week's facts through the accumulator the host uses, as if they came from the database.</summary>
    private static int BuildSignals(IReadOnlyList<StudentSignals> students)
    {
        var signals = new SignalsAccumulator();
        int facts = 0;
        for (int s = 0; s < students.Count; s++)
        {
            foreach (var week in students[s].Weeks)
            {
                for (int i = 0; i < week.SessionsScheduled; i++)
                {
                    signals.AddActivity(s / 30, s, week.WeekStart, ActivityKind.Attendance, i < week.SessionsAttended ? 1 : 0);
                }

                signals.AddActivity(s / 30, s, week.WeekStart, ActivityKind.ActivityCount, week.ActivityCount ?? 0);
                if (week.AssessmentScore is { } score)
                {
                    signals.AddActivity(s / 30, s, week.WeekStart, ActivityKind.AssessmentScore, score);
                }

                facts += week.SessionsScheduled + 1 + (week.AssessmentScore is null ? 0 : 1);
            }
        }

        return signals.Build(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).Count == students.Count ? facts : -1;
    }

    private static (TimeSpan Elapsed, int Facts) Measure(Func<int> step)
    {
        var watch = Stopwatch.StartNew();
        int facts = step();
        return (watch.Elapsed, facts);
    }

    private static async Task<TimeSpan> MeasureAsync(Func<Task<IReadOnlyList<RiskAssessment>>> step)
    {
        var watch = Stopwatch.StartNew();
        await step();
        return watch.Elapsed;
    }

    private static void Report(string step, TimeSpan elapsed, TimeSpan baseline) =>
        Console.WriteLine($"{step,-44} {elapsed.TotalSeconds,7:F2} s {elapsed / baseline,6:F2}x");
}
