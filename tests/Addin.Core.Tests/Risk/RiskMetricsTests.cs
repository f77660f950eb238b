using Addin.Core.Risk;

namespace Addin.Core.Tests.Risk;

/// <summary>The evaluation numbers on small cases worked out by hand.</summary>
public sealed class RiskMetricsTests
{
    [Fact]
    public void Of_PerfectRanking_HasAucOne_AndTheTopTenPercentAllFailed()
    {
        var scored = Enumerable.Range(0, 20).Select(i => (Score: i / 20.0, Failed: i >= 16)).ToList();

        var metrics = RiskMetrics.Of(scored);

        Assert.Equal((20, 4, 1.0, 1.0, 0.5), (metrics.Students, metrics.Failed, metrics.Auc, metrics.PrecisionAtTop10, metrics.RecallAtTop10));
    }

    [Fact]
    public void Of_ReversedRanking_HasAucZero_AndTiesCountHalf()
    {
        Assert.Equal(0.0, RiskMetrics.Of([(0.9, false), (0.1, true)]).Auc);
        Assert.Equal(0.5, RiskMetrics.Of([(0.5, false), (0.5, true)]).Auc);
        // One failed student above one of two passed ones, tied with the other: (1 + 0.5) / 2.
        Assert.Equal(0.75, RiskMetrics.Of([(0.2, false), (0.6, false), (0.6, true)]).Auc);
    }

    [Fact]
    public void Of_Calibration_PutsEachScoreInItsBucket_WithTheShareWhoFailed()
    {
        var metrics = RiskMetrics.Of([(0.05, false), (0.15, true), (0.9, true), (1.0, true), (0.95, false)]);

        var low = metrics.Calibration[0];
        var high = metrics.Calibration[^1];
        Assert.Equal(5, metrics.Calibration.Count);
        Assert.Equal((2, 0.1, 0.5), (low.Students, Math.Round(low.MeanScore, 3), low.ObservedFailure));
        Assert.Equal((3, Math.Round(2.0 / 3, 6)), (high.Students, Math.Round(high.ObservedFailure, 6)));
        Assert.Equal(0, metrics.Calibration[2].Students);
    }
}
