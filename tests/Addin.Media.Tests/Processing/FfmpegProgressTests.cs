using Addin.Media.Processing;
using Addin.Media.Tests.Support;

namespace Addin.Media.Tests.Processing;

public sealed class FfmpegProgressTests
{
    [Fact]
    public void OnLine_ProgressBlocks_ReportsIncreasingFractionsOfDuration()
    {
        var reports = new RecordingProgress();
        var progress = new FfmpegProgress(TimeSpan.FromSeconds(10), reports);

        foreach (string line in new[]
        {
            "frame=0", "out_time_us=N/A", "out_time_ms=N/A", "progress=continue",
            "out_time_us=2500000", "out_time=00:00:02.500000", "progress=continue",
            "out_time_us=2000000", "out_time_us=-23220",
            "out_time_us=7500000", "out_time_us=12000000", "progress=end",
        })
        {
            progress.OnLine(line);
        }

        progress.Complete();

        Assert.Equal([0.25, 0.75, 1.0], reports.Reports);
        Assert.Equal(TimeSpan.FromSeconds(12), progress.Processed);
    }

    [Fact]
    public void OnLine_UnknownDuration_ReportsOnlyCompletion()
    {
        var reports = new RecordingProgress();
        var progress = new FfmpegProgress(TimeSpan.Zero, reports);

        progress.OnLine("out_time_us=5000000");
        progress.Complete();

        Assert.Equal([1.0], reports.Reports);
        Assert.Equal(TimeSpan.FromSeconds(5), progress.Processed);
    }

    [Fact]
    public void Complete_WithoutReceiver_DoesNothing()
    {
        var progress = new FfmpegProgress(TimeSpan.FromSeconds(1), null);

        progress.OnLine("out_time_us=500000");
        progress.Complete();

        Assert.Equal(TimeSpan.FromSeconds(0.5), progress.Processed);
    }
}
