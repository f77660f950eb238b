using System.Diagnostics;
using System.Text.RegularExpressions;
using Addin.Media.Renditions;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Renditions;

public sealed partial class FfmpegMediaRenditionsTests(RenditionMedia media) : IClassFixture<RenditionMedia>, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private readonly FfmpegMediaRenditions _renditions = new(new FfmpegOptions(), NullLogger<FfmpegMediaRenditions>.Instance);
    private readonly TempFolder _output = new();

    [Fact]
    public async Task CreateAudioOnlyAsync_AacSource_CopiesTheTrackIntoAFastStartM4a()
    {
        string m4a = _output.File("audio 100%d.m4a");
        var progress = new RecordingProgress();

        var method = await _renditions.CreateAudioOnlyAsync(media.Clip.MediaPath, await media.ProbeAsync(media.Clip.MediaPath), m4a, progress, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(RenditionMethod.StreamCopy, method);
        var probe = await media.ProbeAsync(m4a);
        Assert.Null(probe.Video);
        Assert.Equal("aac", probe.Audio?.Codec);
        Assert.True((probe.Duration - media.Clip.Duration).Duration() < TimeSpan.FromMilliseconds(150), $"{probe.Duration} vs {media.Clip.Duration}");
        Assert.True(Mp4Boxes.IsFastStart(m4a), string.Join(",", Mp4Boxes.TopLevel(m4a)));
        Assert.Equal(1.0, progress.Reports[^1]);
        Assert.Equal([m4a], Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task CreateAudioOnlyAsync_Mp3Source_EncodesAac()
    {
        string m4a = _output.File("audio.m4a");

        var method = await _renditions.CreateAudioOnlyAsync(media.AudioOnlyMp3, await media.ProbeAsync(media.AudioOnlyMp3), m4a, null, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(RenditionMethod.Transcoded, method);
        Assert.Equal("aac", (await media.ProbeAsync(m4a)).Audio?.Codec);
    }

    [Fact]
    public async Task CreateAudioOnlyAsync_VideoWithoutSound_ThrowsNoAudioAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            async () => await _renditions.CreateAudioOnlyAsync(media.VideoOnly, await media.ProbeAsync(media.VideoOnly), _output.File("none.m4a"), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.NoAudio, ex.Code);
        Assert.True(ex.IsPermanent);
        Assert.Contains("has no sound track, so there is no audio-only version", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CreateAudioOnlyAsync_Cancelled_StopsFfmpegAndLeavesNoOutput()
    {
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress(_ => cts.Cancel());

        var encoding = _renditions.CreateAudioOnlyAsync(media.TenMinuteMp3, await media.ProbeAsync(media.TenMinuteMp3), _output.File("cancelled.m4a"), progress, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encoding.WaitAsync(Generous));
        Assert.True(progress.Reports[^1] < 1.0, "the encode finished before it was cancelled");
        Assert.Empty(RunningProcesses.WithArgument(media.TenMinuteMp3));
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CreateThumbnailStripAsync_Clip_TilesOneFramePerSecondAndWritesMatchingCues()
    {
        string sprite = _output.File("thumbnails.jpg");
        string track = _output.File("thumbnails.vtt");
        var probe = await media.ProbeAsync(media.Clip.MediaPath);
        var progress = new RecordingProgress();

        var strip = await _renditions.CreateThumbnailStripAsync(media.Clip.MediaPath, probe, sprite, track, new ThumbnailStripSpec(Count: 60, Width: 160, Columns: 4), progress, CancellationToken.None).WaitAsync(Generous);

        int frames = (int)probe.Duration.TotalSeconds;
        Assert.Equal(new ThumbnailStrip(sprite, track, frames, 160, 90), strip);
        Assert.Equal((4 * 160, (frames + 3) / 4 * 90), Jpeg.ReadSize(sprite));
        string vtt = await File.ReadAllTextAsync(track);
        Assert.StartsWith("WEBVTT\n\n00:00:00.000 --> ", vtt, StringComparison.Ordinal);
        var cues = Cue().Matches(vtt);
        Assert.Equal(frames, cues.Count);
        Assert.Equal("thumbnails.jpg#xywh=0,0,160,90", cues[0].Groups["target"].Value);
        Assert.Equal("thumbnails.jpg#xywh=160,0,160,90", cues[1].Groups["target"].Value);
        Assert.Equal("thumbnails.jpg#xywh=0,90,160,90", cues[4].Groups["target"].Value);
        Assert.Equal(probe.Duration.ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture), cues[^1].Groups["end"].Value);
        Assert.Equal(progress.Reports.Order(), progress.Reports);
        Assert.Equal(1.0, progress.Reports[^1]);
        Assert.Equal([sprite, track], Directory.GetFileSystemEntries(_output.Path).Order());
    }

    [Fact]
    public async Task CreateThumbnailStripAsync_AudioOnly_ThrowsNoVideoAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            async () => await _renditions.CreateThumbnailStripAsync(
                media.AudioOnlyAac, await media.ProbeAsync(media.AudioOnlyAac), _output.File("t.jpg"), _output.File("t.vtt"), ThumbnailStripSpec.Default, null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.NoVideo, ex.Code);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CreateThumbnailStripAsync_TruncatedFile_StandsNeighboursInForTheLostFrames()
    {
        string sprite = _output.File("cut.jpg");
        var probe = await media.ProbeAsync(media.TruncatedFaststartMp4);

        var strip = await _renditions.CreateThumbnailStripAsync(
            media.TruncatedFaststartMp4, probe, sprite, _output.File("cut.vtt"), ThumbnailStripSpec.Default, null, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal((int)probe.Duration.TotalSeconds, strip.Frames);
        Assert.Equal((10 * 160, (strip.Frames + 9) / 10 * 90), Jpeg.ReadSize(sprite));
        Assert.Equal(2, Directory.GetFileSystemEntries(_output.Path).Length);
    }

    [Fact]
    public async Task CreatePlayableMp4Async_H264Aac_CopiesBothTracksWithTheIndexFirst()
    {
        string mp4 = _output.File("playable.mp4");
        var progress = new RecordingProgress();
        long started = Stopwatch.GetTimestamp();

        var method = await _renditions.CreatePlayableMp4Async(media.Clip.MediaPath, await media.ProbeAsync(media.Clip.MediaPath), mp4, progress, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(RenditionMethod.StreamCopy, method);
        var probe = await media.ProbeAsync(mp4);
        Assert.Equal(("h264", "aac"), (probe.Video?.Codec, probe.Audio?.Codec));
        Assert.True(probe.IsBrowserPlayable);
        Assert.True(Mp4Boxes.IsFastStart(mp4), string.Join(",", Mp4Boxes.TopLevel(mp4)));
        Assert.Equal(1.0, progress.Reports[^1]);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(15), "a stream copy took as long as an encode");
    }

    [Fact]
    public async Task CreatePlayableMp4Async_Mpeg4AndFlacInMatroska_TranscodesToH264Aac()
    {
        string mp4 = _output.File("transcoded.mp4");

        var method = await _renditions.CreatePlayableMp4Async(media.Unplayable, await media.ProbeAsync(media.Unplayable), mp4, null, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(RenditionMethod.Transcoded, method);
        var probe = await media.ProbeAsync(mp4);
        Assert.Equal(("h264", "yuv420p", "aac"), (probe.Video?.Codec, probe.Video?.PixelFormat, probe.Audio?.Codec));
        Assert.True(probe.IsBrowserPlayable);
        Assert.True(Mp4Boxes.IsFastStart(mp4));
    }

    [Fact]
    public async Task CreatePlayableMp4Async_TruncatedFile_ThrowsCorruptAndWritesNothing()
    {
        var probe = await media.ProbeAsync(media.TruncatedFaststartMp4);

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _renditions.CreatePlayableMp4Async(media.TruncatedFaststartMp4, probe, _output.File("cut.mp4"), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Corrupt, ex.Code);
        Assert.StartsWith("The file 'cut off.mp4' is damaged or incomplete", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CreatePlayableMp4Async_ZeroLengthFile_ThrowsEmpty()
    {
        var probe = await media.ProbeAsync(media.Clip.MediaPath);

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _renditions.CreatePlayableMp4Async(media.Empty, probe, _output.File("empty out.mp4"), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Empty, ex.Code);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    [Fact]
    public async Task CreateDownloadAsync_Captions_AddsALanguageTaggedTextTrackWithoutReencoding()
    {
        string download = _output.File("download.mp4");

        await _renditions.CreateDownloadAsync(media.Clip.MediaPath, media.Clip.Duration, media.Clip.CaptionsPath, "eng", download, null, CancellationToken.None).WaitAsync(Generous);

        var streams = await StreamList.ReadAsync(download);
        Assert.Equal([("video", "h264"), ("audio", "aac"), ("subtitle", "mov_text")], streams.Select(s => (s.Type, s.Codec)));
        Assert.Equal("eng", streams[2].Language);
        Assert.True(Mp4Boxes.IsFastStart(download));
    }

    [Fact]
    public async Task CreateDownloadAsync_AudioOnlyInputAndUnknownLanguage_TagsTheCaptionsUndetermined()
    {
        string download = _output.File("download.mp4");

        await _renditions.CreateDownloadAsync(media.AudioOnlyAac, media.Clip.Duration, media.Clip.CaptionsPath, "en-US\"; rm", download, null, CancellationToken.None).WaitAsync(Generous);

        var streams = await StreamList.ReadAsync(download);
        Assert.Equal([("audio", "aac", "und"), ("subtitle", "mov_text", "und")], streams.Select(s => (s.Type, s.Codec, s.Language ?? "und")));
    }

    [Fact]
    public async Task CreateDownloadAsync_CaptionsMissing_FailsRetryablyAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _renditions.CreateDownloadAsync(media.Clip.MediaPath, media.Clip.Duration, _output.File("gone.vtt"), "eng", _output.File("download.mp4"), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Failed, ex.Code);
        Assert.False(ex.IsPermanent);
        Assert.Empty(Directory.GetFileSystemEntries(_output.Path));
    }

    public void Dispose() => _output.Dispose();

    [GeneratedRegex(@"^(?<start>\d\d:\d\d:\d\d\.\d{3}) --> (?<end>\d\d:\d\d:\d\d\.\d{3})\n(?<target>.+)$", RegexOptions.Multiline)]
    private static partial Regex Cue();
}
