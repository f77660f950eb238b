using System.Globalization;
using Addin.Core.Risk;

namespace Addin.Web.Cli;

/// <summary>Prints <c>./addin risk evaluate</c>: both models week by week, the calibration at the last week, and the verdict.</summary>
internal static class RiskEvaluationReport
{
    public static async Task WriteAsync(TextWriter output, string modelId, string baselineId, int trainedOn, IReadOnlyList<WeekComparison> weeks)
    {
        var c = CultureInfo.InvariantCulture;
        if (weeks.Count == 0)
        {
            await output.WriteLineAsync("No test students: import a larger history.");
            return;
        }

        var last = weeks[^1];
        await output.WriteLineAsync(string.Create(c,
            $"'{modelId}' trained on {trainedOn} students; tested against '{baselineId}' on the same {last.Trained.Students} held-out students ({last.Trained.Failed} failed)."));
        await output.WriteLineAsync("At week N each model sees only the first N weeks of the course. P@10%/R@10%: precision and recall among the 10% scored highest.");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"week",4}  {"students",8}  {"AUC " + modelId,16} {"AUC " + baselineId,16}  {"P@10%",11}  {"R@10%",11}");
        foreach (var w in weeks)
        {
            await output.WriteLineAsync(string.Create(c,
                $"{w.Week,4}  {w.Trained.Students,8}  {w.Trained.Auc,16:0.000} {w.Baseline.Auc,16:0.000}  {w.Trained.PrecisionAtTop10,5:0.00} {w.Baseline.PrecisionAtTop10,5:0.00}  {w.Trained.RecallAtTop10,5:0.00} {w.Baseline.RecallAtTop10,5:0.00}"));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Calibration at week {last.Week} (predicted chance of failing against the share who failed):");
        await output.WriteLineAsync($"  {"score",-10} {modelId,-28} {baselineId,-28}");
        for (int b = 0; b < last.Trained.Calibration.Count; b++)
        {
            var (t, r) = (last.Trained.Calibration[b], last.Baseline.Calibration[b]);
            await output.WriteLineAsync(string.Create(c, $"  {t.From:0.0}-{t.To:0.0}    {Bucket(t),-28} {Bucket(r),-28}"));
        }

        double mean = weeks.Average(w => w.AucGain);
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(c,
            $"'{modelId}' {(mean >= 0 ? "beats" : "trails")} '{baselineId}' by {Math.Abs(mean):0.000} AUC on average over {weeks.Count} weeks " +
            $"(at week {last.Week}: {last.Trained.Auc:0.000} against {last.Baseline.Auc:0.000}, {last.AucGain:+0.000;-0.000}); " +
            $"precision at the top 10% {last.Trained.PrecisionAtTop10:0.00} against {last.Baseline.PrecisionAtTop10:0.00}."));
    }

    private static string Bucket(CalibrationBucket b) =>
        b.Students == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{b.Students,5} students, {b.ObservedFailure * 100,3:0}% failed");
}
