using Addin.Media.Probing;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Probing;

public sealed class FfmpegMediaProberTests(ProbeMedia media) : IClassFixture<ProbeMedia>, IDisposable
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(150);
    private readonly FfmpegMediaProber _prober = new(new FfmpegOptions(), NullLogger<FfmpegMediaProber>.Instance);
    private readonly TempFolder _scratch = new();

    [Fact]
    public async Task ProbeAsync_GeneratedMp4_ReadsH264AacDurationAndSize()
    {
        var probe = await ProbeAsync(media.Mp4.MediaPath);

        AssertClose(media.Mp4.Duration, probe.Duration);
        Assert.Equal("mov,mp4,m4a,3gp,3g2,mj2", probe.FormatName);
        Assert.Equal(new FileInfo(media.Mp4.MediaPath).Length, probe.SizeBytes);
        Assert.True(probe.BitRate > 0);
        Assert.Equal(new VideoStreamInfo("h264", 640, 360, 15, "yuv420p"), probe.Video);
        Assert.Equal(new AudioStreamInfo("aac", 48000, 1), probe.Audio);
        Assert.Equal(2, probe.StreamCount);
        Assert.True(probe.IsBrowserPlayable);
    }

    [Fact]
    public async Task ProbeAsync_GeneratedWebm_ReadsVp8Opus()
    {
        var probe = await ProbeAsync(media.WebM.MediaPath);

        AssertClose(media.WebM.Duration, probe.Duration);
        Assert.Equal("matroska,webm", probe.FormatName);
        Assert.Equal("vp8", probe.Video?.Codec);
        Assert.Equal("opus", probe.Audio?.Codec);
        Assert.True(probe.IsBrowserPlayable);
    }

    [Fact]
    public async Task ProbeAsync_Mpeg2ProgramStream_IsNotBrowserPlayable()
    {
        var probe = await ProbeAsync(media.Mpeg2);

        Assert.Equal("mpeg2video", probe.Video?.Codec);
        Assert.Equal("mp2", probe.Audio?.Codec);
        AssertClose(TimeSpan.FromSeconds(3), probe.Duration);
        Assert.False(probe.IsBrowserPlayable);
    }

    [Fact]
    public async Task ProbeAsync_AudioOnlyM4a_HasNoVideoAndIsPlayable()
    {
        var probe = await ProbeAsync(media.AudioOnly);

        Assert.Null(probe.Video);
        Assert.Equal("aac", probe.Audio?.Codec);
        Assert.Equal(1, probe.StreamCount);
        Assert.True(probe.IsBrowserPlayable);
    }

    [Fact]
    public async Task ProbeAsync_Mp3WithCoverArt_TreatsCoverAsNoVideo()
    {
        var probe = await ProbeAsync(media.Mp3WithCover);

        Assert.Null(probe.Video);
        Assert.Equal("mp3", probe.Audio?.Codec);
        Assert.Equal(2, probe.StreamCount);
        Assert.True(probe.IsBrowserPlayable);
    }

    [Fact]
    public async Task ProbeAsync_PathWithSpacesAndQuotes_Works()
    {
        string path = _scratch.File("Week 3 \"fractions\" it's -i done.mp4");
        File.Copy(media.Mp4.MediaPath, path);

        var probe = await ProbeAsync(path);

        Assert.Equal("h264", probe.Video?.Codec);
    }

    [Fact]
    public async Task ProbeAsync_ZeroBytes_ThrowsEmpty()
    {
        string path = _scratch.File("empty.mp4");
        File.WriteAllBytes(path, []);

        var ex = await ProbeFailsAsync(path, MediaErrorCode.Empty);

        Assert.Equal("The file 'empty.mp4' is empty (0 bytes), so the upload did not complete. Upload the complete recording again, or export it again from where it was recorded.", ex.Message);
    }

    [Fact]
    public async Task ProbeAsync_RandomBytesNamedMp4_ThrowsNotMedia()
    {
        string path = _scratch.File("random.mp4");
        File.WriteAllBytes(path, RandomBytes(200_000));

        var ex = await ProbeFailsAsync(path, MediaErrorCode.NotMedia);

        Assert.StartsWith("The file 'random.mp4' is not a video or audio file ffmpeg can read (ffprobe: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Upload an MP4 or WebM recording.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_scratch.Path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.mp4")]
    public async Task ProbeAsync_TextFile_ThrowsNotMedia(string name)
    {
        string path = _scratch.File(name);
        File.WriteAllText(path, "Homework: exercises 3 to 7.\nBring a calculator.\n");

        var ex = await ProbeFailsAsync(path, MediaErrorCode.NotMedia);

        Assert.Contains("(ffprobe: Invalid data found when processing input)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_TruncatedMp4_ThrowsCorruptSayingToUploadAgain()
    {
        var ex = await ProbeFailsAsync(media.TruncatedMp4, MediaErrorCode.Corrupt);

        Assert.Equal(
            "The file 'cut off.mp4' is damaged or incomplete (the end of the MP4 file, which holds its index, is missing, so the upload or the recording was cut off). Upload the complete recording again, or export it again from where it was recorded.",
            ex.Message);
        Assert.Contains("moov atom not found", ex.ToolOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_SubtitlesOnly_ThrowsNoStreams()
    {
        await ProbeFailsAsync(media.SubtitlesOnly, MediaErrorCode.NoStreams);
    }

    [Fact]
    public async Task ProbeAsync_PlaylistPretendingToBeMp4_IsRefusedWithoutOpeningWhatItNames()
    {
        string path = _scratch.File("lesson.mp4");
        File.WriteAllText(path, $"#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\n{media.Mp4.MediaPath}\n#EXT-X-ENDLIST\n");

        var ex = await ProbeFailsAsync(path, MediaErrorCode.NotMedia);

        Assert.Contains("(ffprobe: this kind of file (hls) is not accepted)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_MissingFile_ThrowsRetryableFailure()
    {
        var ex = await ProbeFailsAsync(_scratch.File("gone.mp4"), MediaErrorCode.Failed);

        Assert.False(ex.IsPermanent);
    }

    [Fact]
    public async Task ProbeAsync_FfprobeMissing_ThrowsToolMissing()
    {
        var prober = new FfmpegMediaProber(new FfmpegOptions { BinaryFolder = "/nonexistent" }, NullLogger<FfmpegMediaProber>.Instance);

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(() => prober.ProbeAsync(media.Mp4.MediaPath, CancellationToken.None));

        Assert.Equal(MediaErrorCode.ToolMissing, ex.Code);
        Assert.False(ex.IsPermanent);
        Assert.Contains("install it with apt-get install ffmpeg or set Addin:Media:BinaryFolder", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();

    private Task<MediaProbe> ProbeAsync(string path) => _prober.ProbeAsync(path, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

    private async Task<MediaProcessingException> ProbeFailsAsync(string path, MediaErrorCode code)
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(() => ProbeAsync(path));
        Assert.Equal(code, ex.Code);
        return ex;
    }

    private static void AssertClose(TimeSpan expected, TimeSpan actual) =>
        Assert.True((expected - actual).Duration() <= Tolerance, $"expected {expected} ± {Tolerance.TotalMilliseconds} ms, got {actual}");

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
