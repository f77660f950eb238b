using Addin.Media.Highlights;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Highlights;

public sealed class FfmpegHighlightCutterTests(HighlightMedia media) : IClassFixture<HighlightMedia>, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan TwoFrames = TimeSpan.FromSeconds(2 / HighlightMedia.FrameRate);
    private static readonly HighlightSpec Spec = new(Lead: TimeSpan.FromSeconds(1), Length: TimeSpan.FromSeconds(4), MaxTotal: TimeSpan.FromMinutes(1));
    private readonly FfmpegHighlightCutter _cutter = new(TestFfmpeg.Options, NullLogger<FfmpegHighlightCutter>.Instance);
    private readonly TempFolder _output = new();

    [Fact]
    public async Task CutAsync_OverlappingMoments_JoinsTheMergedWindowsIntoAClipAsLongAsTheirSum()
    {
        // Windows 1–5 s and 3.5–7.5 s overlap and merge; 20.3–24.3 s stands alone (and starts between keyframes).
        var timeline = HighlightPlan.Plan([TimeSpan.FromSeconds(21.3), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4.5)], HighlightMedia.Duration, Spec)!;
        string clip = _output.File("highlights.mp4");
        var progress = new RecordingProgress();

        await _cutter.CutAsync(media.Recording, await media.ProbeAsync(media.Recording), timeline, clip, progress, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(
            [new ClipPart(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6.5), TimeSpan.Zero), new ClipPart(TimeSpan.FromSeconds(20.3), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6.5))],
            timeline.Parts);
        var probe = await media.ProbeAsync(clip);
        Assert.True((probe.Duration - TimeSpan.FromSeconds(10.5)).Duration() <= TwoFrames, $"the clip lasts {probe.Duration}, the windows 10.5 s");
        Assert.Equal(("h264", "yuv420p", "aac"), (probe.Video?.Codec, probe.Video?.PixelFormat, probe.Audio?.Codec));
        Assert.True(Mp4Boxes.IsFastStart(clip));
        Assert.Equal(1.0, progress.Reports[^1]);
        Assert.Equal([clip], Directory.GetFiles(_output.Path));
    }

    [Fact]
    public void Cut_CaptionCuesOfTheRecording_LandOnTheClipTimelineCutAtThePartEdges()
    {
        var timeline = HighlightPlan.Plan([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(21.3)], HighlightMedia.Duration, Spec)!;
        IEnumerable<(double, double)> Cut(double start, double end) =>
            timeline.Cut(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end)).Select(p => (Math.Round(p.Start.TotalSeconds, 3), Math.Round(p.End.TotalSeconds, 3)));

        Assert.Equal([(0.0, 1.0)], Cut(0, 2));
        Assert.Equal([(1.5, 3.0)], Cut(2.5, 4));
        Assert.Equal([(3.5, 4.0), (4.0, 4.7)], Cut(4.5, 21));
        Assert.Empty(Cut(26, 28));
    }

    [Fact]
    public void Plan_TotalOverTheCap_KeepsTheEarliestWindowsAndCutsTheLastShort()
    {
        var spec = Spec with { MaxTotal = TimeSpan.FromSeconds(6) };

        var timeline = HighlightPlan.Plan([TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(-1)], HighlightMedia.Duration, spec)!;

        Assert.Equal([new ClipPart(TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(4), TimeSpan.Zero), new ClipPart(TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4))], timeline.Parts);
        Assert.Equal(TimeSpan.FromSeconds(25), timeline.ToOriginal(TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.FromSeconds(5), timeline.ToClip(TimeSpan.FromSeconds(25)));
        Assert.Null(timeline.ToClip(TimeSpan.FromSeconds(20)));
        Assert.Null(HighlightPlan.Plan([TimeSpan.FromSeconds(31)], HighlightMedia.Duration, spec));
    }

    [Theory]
    [InlineData(true, true, "[0:v:0][0:a:0][1:v:0][1:a:0]concat=n=2:v=1:a=1[joined][a];[joined]scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p[v]")]
    [InlineData(false, true, "[0:a:0][1:a:0]concat=n=2:v=0:a=1[a]")]
    [InlineData(true, false, "[0:v:0][1:v:0]concat=n=2:v=1:a=0[joined];[joined]scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p[v]")]
    public void JoinGraph_JoinsTheTracksTheRecordingHas(bool video, bool audio, string graph) =>
        Assert.Equal(graph, FfmpegHighlightCutter.JoinGraph(2, video, audio));

    [Fact]
    public async Task CutAsync_CutOffRecording_ThrowsCorruptAndWritesNothing()
    {
        var timeline = HighlightPlan.Plan([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(25)], HighlightMedia.Duration, Spec)!;

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            async () => await _cutter.CutAsync(media.CutOff, await media.ProbeAsync(media.Recording), timeline, _output.File("cut.mp4"), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Corrupt, ex.Code);
        Assert.StartsWith("The file 'cut off.mp4' is damaged or incomplete", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CutAsync_MissingRecording_FailsWithTheReasonAndWritesNothing()
    {
        var timeline = HighlightPlan.Plan([TimeSpan.FromSeconds(2)], HighlightMedia.Duration, Spec)!;

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            async () => await _cutter.CutAsync(_output.File("gone.mp4"), await media.ProbeAsync(media.Recording), timeline, _output.File("clip.mp4"), null, CancellationToken.None));

        Assert.Contains("the stored file was not found", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    public void Dispose() => _output.Dispose();
}
