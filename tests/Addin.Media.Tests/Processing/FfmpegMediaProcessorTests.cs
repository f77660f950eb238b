using System.Diagnostics;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Processing;

public sealed class FfmpegMediaProcessorTests(ProcessingMedia media) : IClassFixture<ProcessingMedia>, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly FfmpegMediaProcessor _processor = new(new FfmpegOptions(), NullLogger<FfmpegMediaProcessor>.Instance);
    private readonly FfmpegMediaProber _prober = new(new FfmpegOptions(), NullLogger<FfmpegMediaProber>.Instance);
    private readonly TempFolder _output = new();

    [Fact]
    public async Task ExtractSpeechAudioAsync_GeneratedMp4_WritesPcm16kMonoOfSameDuration()
    {
        string wav = _output.File("speech.wav");

        await _processor.ExtractSpeechAudioAsync(media.Clip.MediaPath, wav, media.Clip.Duration, null, CancellationToken.None).WaitAsync(Generous);

        var probe = await _prober.ProbeAsync(wav, CancellationToken.None);
        Assert.Equal(new AudioStreamInfo("pcm_s16le", 16000, 1), probe.Audio);
        Assert.Null(probe.Video);
        Assert.True((probe.Duration - media.Clip.Duration).Duration() < TimeSpan.FromMilliseconds(150), $"{probe.Duration} vs {media.Clip.Duration}");
        Assert.Equal([wav], Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_TenMinutes_ReportsIncreasingProgressEndingAtOne()
    {
        var progress = new RecordingProgress();

        await _processor.ExtractSpeechAudioAsync(media.TenMinuteMp3, _output.File("ten.wav"), ProcessingMedia.TenMinuteDuration, progress, CancellationToken.None).WaitAsync(Generous);

        var reports = progress.Reports;
        Assert.True(reports.Count >= 2, $"only {reports.Count} reports");
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(reports.Count, reports.Distinct().Count());
        Assert.All(reports, r => Assert.InRange(r, 0.0, 1.0));
        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_Cancelled_StopsFfmpegPromptlyAndLeavesNoOutput()
    {
        using var cts = new CancellationTokenSource();
        long cancelledAt = 0;
        var progress = new RecordingProgress(_ =>
        {
            if (Interlocked.CompareExchange(ref cancelledAt, Stopwatch.GetTimestamp(), 0) == 0)
            {
                cts.Cancel();
            }
        });
        string wav = _output.File("cancelled.wav");

        var extraction = _processor.ExtractSpeechAudioAsync(media.HourLongMp3, wav, ProcessingMedia.HourLongDuration, progress, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction.WaitAsync(Generous));
        Assert.True(Stopwatch.GetElapsedTime(Interlocked.Read(ref cancelledAt)) < TimeSpan.FromSeconds(5), "ffmpeg was not stopped promptly");
        Assert.True(progress.Reports[^1] < 0.5, "the extraction finished before it was cancelled");
        Assert.Empty(RunningProcesses.WithArgument(media.HourLongMp3));
        Assert.Empty(Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_Timeout_ThrowsRetryableTimeoutAndStopsFfmpeg()
    {
        var processor = new FfmpegMediaProcessor(new FfmpegOptions { ProcessTimeout = TimeSpan.FromSeconds(1) }, NullLogger<FfmpegMediaProcessor>.Instance);

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => processor.ExtractSpeechAudioAsync(media.HourLongMp3, _output.File("slow.wav"), ProcessingMedia.HourLongDuration, null, CancellationToken.None).WaitAsync(Generous));

        Assert.Equal(MediaErrorCode.Timeout, ex.Code);
        Assert.False(ex.IsPermanent);
        Assert.Equal(
            "Extracting the speech audio for 'hour long.mp3' took longer than 00:00:01 and was stopped. It will be tried again; if it keeps happening, the file may be damaged or the server busy.",
            ex.Message);
        Assert.Empty(RunningProcesses.WithArgument(media.HourLongMp3));
        Assert.Empty(Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_VideoWithoutSound_ThrowsNoAudio()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _processor.ExtractSpeechAudioAsync(media.VideoOnly, _output.File("none.wav"), media.Clip.Duration, null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.NoAudio, ex.Code);
        Assert.Equal(
            "The recording 'screen capture without sound.mp4' has no sound track, so it cannot be transcribed. Upload a recording made with the microphone on.",
            ex.Message);
        Assert.Empty(Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_TruncatedFaststartMp4_ThrowsCorruptAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _processor.ExtractSpeechAudioAsync(media.TruncatedFaststartMp4, _output.File("cut.wav"), media.Clip.Duration, null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Corrupt, ex.Code);
        Assert.True(ex.IsPermanent);
        Assert.Matches(@"^The file 'cut off\.mp4' is damaged or incomplete \(only 00:00:0\d of its 00:00:\d\d could be decoded\)\. Upload the complete recording again", ex.Message);
        Assert.Empty(Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_NotMedia_ThrowsNotMedia()
    {
        string path = _output.File("slides.mp4");
        File.WriteAllText(path, "Slide 1: Fractions");

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _processor.ExtractSpeechAudioAsync(path, _output.File("x.wav"), TimeSpan.FromSeconds(1), null, CancellationToken.None));

        Assert.Equal(MediaErrorCode.NotMedia, ex.Code);
        Assert.Contains("(ffmpeg: Invalid data found when processing input)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractSpeechAudioAsync_PathsWithSpacesAndQuotes_Works()
    {
        string input = _output.File("Week 3 \"fractions\" it's -y.mp4");
        string wav = _output.File("out \"speech\" 100%d.wav");
        File.Copy(media.Clip.MediaPath, input);

        await _processor.ExtractSpeechAudioAsync(input, wav, media.Clip.Duration, null, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal("pcm_s16le", (await _prober.ProbeAsync(wav, CancellationToken.None)).Audio?.Codec);
    }

    [Fact]
    public async Task CreatePosterAsync_GeneratedMp4_WritesJpegOfRequestedWidthKeepingAspect()
    {
        string poster = _output.File("poster 100%d.jpg");

        await _processor.CreatePosterAsync(media.Clip.MediaPath, poster, TimeSpan.FromSeconds(2), 320, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal((320, 180), Jpeg.ReadSize(poster));
        Assert.Equal([poster], Directory.GetFiles(_output.Path));
    }

    [Fact]
    public async Task CreatePosterAsync_MomentBeyondTheEnd_UsesTenPercentIn()
    {
        string poster = _output.File("late.jpg");

        await _processor.CreatePosterAsync(media.Clip.MediaPath, poster, TimeSpan.FromHours(3), 160, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal((160, 90), Jpeg.ReadSize(poster));
    }

    [Fact]
    public async Task CreatePosterAsync_AudioOnly_ThrowsNoVideo()
    {
        var ex = await Assert.ThrowsAsync<MediaProcessingException>(
            () => _processor.CreatePosterAsync(media.AudioOnly, _output.File("none.jpg"), TimeSpan.Zero, 320, CancellationToken.None));

        Assert.Equal(MediaErrorCode.NoVideo, ex.Code);
        Assert.Empty(Directory.GetFiles(_output.Path));
    }

    [Theory]
    [InlineData(-1, 320)]
    [InlineData(0, 8)]
    [InlineData(0, 10_000)]
    public async Task CreatePosterAsync_BadArguments_ThrowsArgumentOutOfRange(int atSeconds, int width)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _processor.CreatePosterAsync(media.Clip.MediaPath, _output.File("x.jpg"), TimeSpan.FromSeconds(atSeconds), width, CancellationToken.None));
    }

    public void Dispose() => _output.Dispose();
}
