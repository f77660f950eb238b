namespace Addin.Core.Risk;

/// <summary>How well risk scores ranked and predicted the outcomes of a set of students.</summary>
/// <param name="Students">How many were scored.</param>
/// <param name="Failed">How many of them failed or dropped out.</param>
/// <param name="Auc">Area under the ROC curve: the chance a student who failed scored above one who passed (0.5 is guessing).</param>
/// <param name="PrecisionAtTop10">Of the 10% with the highest scores, the share who failed.</param>
/// <param name="RecallAtTop10">Of those who failed, the share in the top 10%.</param>
/// <param name="Calibration">Predicted against observed failure, in buckets of score.</param>
public sealed record RiskMetrics(int Students, int Failed, double Auc, double PrecisionAtTop10, double RecallAtTop10, IReadOnlyList<CalibrationBucket> Calibration)
{
    private const int Buckets = 5;

    /// <summary>The metrics of scores (0 to 1) against outcomes (true: failed).</summary>
    public static RiskMetrics Of(IReadOnlyList<(double Score, bool Failed)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        int failed = scored.Count(s => s.Failed);
        var ranked = scored.OrderByDescending(s => s.Score).ToList();
        int top = Math.Max(1, (int)Math.Ceiling(scored.Count * 0.1));
        int failedInTop = ranked.Take(top).Count(s => s.Failed);
        return new RiskMetrics(
            scored.Count,
            failed,
            AreaUnderCurve(scored, failed),
            scored.Count == 0 ? 0 : (double)failedInTop / top,
            failed == 0 ? 0 : (double)failedInTop / failed,
            Calibrate(scored));
    }

    /// <summary>The Mann-Whitney form of the AUC, with tied scores counted as half.</summary>
    private static double AreaUnderCurve(IReadOnlyList<(double Score, bool Failed)> scored, int failed)
    {
        int passed = scored.Count - failed;
        if (failed == 0 || passed == 0)
        {
            return 0.5;
        }

        double rankSum = 0;
        var ordered = scored.OrderBy(s => s.Score).ToList();
        for (int i = 0; i < ordered.Count;)
        {
            int j = i;
            while (j < ordered.Count && ordered[j].Score.Equals(ordered[i].Score))
            {
                j++;
            }

            double rank = (i + 1 + j) / 2.0;
            for (; i < j; i++)
            {
                rankSum += ordered[i].Failed ? rank : 0;
            }
        }

        return (rankSum - (failed * (failed + 1) / 2.0)) / ((double)failed * passed);
    }

    private static List<CalibrationBucket> Calibrate(IReadOnlyList<(double Score, bool Failed)> scored)
    {
        var buckets = new List<CalibrationBucket>(Buckets);
        for (int b = 0; b < Buckets; b++)
        {
            double from = (double)b / Buckets, to = (double)(b + 1) / Buckets;
            var inside = scored.Where(s => s.Score >= from && (s.Score < to || (b == Buckets - 1 && s.Score <= to))).ToList();
            buckets.Add(new CalibrationBucket(
                from,
                to,
                inside.Count,
                inside.Count == 0 ? 0 : inside.Average(s => s.Score),
                inside.Count == 0 ? 0 : (double)inside.Count(s => s.Failed) / inside.Count));
        }

        return buckets;
    }
}

/// <summary>Students whose score fell in [From, To): their mean score and the share who actually failed.</summary>
public sealed record CalibrationBucket(double From, double To, int Students, double MeanScore, double ObservedFailure);
