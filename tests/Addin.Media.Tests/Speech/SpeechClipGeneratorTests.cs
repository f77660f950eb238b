using System.Diagnostics;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Media.Speech;
using Addin.Media.Tests.Support;
using Addin.Sdk.Captions;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Addin.Media.Tests.Speech;

public sealed class SpeechClipGeneratorTests(GeneratedClips clips, ITestOutputHelper output) : IClassFixture<GeneratedClips>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly SpeechClipGenerator _generator = new(TestFfmpeg.Options, NullLogger<SpeechClipGenerator>.Instance);
    private readonly FfmpegMediaProber _prober = new(TestFfmpeg.Options, NullLogger<FfmpegMediaProber>.Instance);
    private readonly FfmpegMediaProcessor _processor = new(TestFfmpeg.Options, NullLogger<FfmpegMediaProcessor>.Instance);

    [Fact]
    public void GenerateAsync_Mp4_WritesMediaAndTranscriptBesideEachOther()
    {
        Assert.Equal(Path.Combine(clips.Folder, "lesson-1.mp4"), clips.Mp4.MediaPath);
        Assert.Equal(Path.Combine(clips.Folder, "lesson-1.vtt"), clips.Mp4.CaptionsPath);
        Assert.Equal(
            ["lesson-1.mp4", "lesson-1.vtt", "lesson-1.webm"],
            Directory.GetFiles(clips.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_Mp4_TranscriptParsesWithSpeakersInOrderWithinDuration()
    {
        var parsed = WebVttParser.Parse(await File.ReadAllTextAsync(clips.Mp4.CaptionsPath));

        Assert.Empty(parsed.Problems);
        Assert.Equal(GeneratedClips.Lines.Select(l => (l.Speaker, l.Text)), parsed.Segments.Select(s => (s.Speaker!, s.Text)));
        Assert.Equal(clips.Mp4.Cues.Select(c => (c.Start, c.End)), parsed.Segments.Select(s => (s.Start, s.End)));
        var previousEnd = TimeSpan.Zero;
        foreach (var cue in clips.Mp4.Cues)
        {
            Assert.True(cue.Start >= previousEnd && cue.End > cue.Start && cue.End <= clips.Mp4.Duration, $"cue {cue} out of order or beyond {clips.Mp4.Duration}");
            previousEnd = cue.End;
        }
    }

    [Fact]
    public async Task GenerateAsync_Mp4_CueTimesMatchWhereSpeechIsHeard()
    {
        using var folder = new TempFolder();
        string wav = folder.File("speech.wav");
        await _processor.ExtractSpeechAudioAsync(clips.Mp4.MediaPath, wav, clips.Mp4.Duration, null, CancellationToken.None).WaitAsync(Generous);
        var audio = WavAudio.Read(wav);
        var margin = TimeSpan.FromMilliseconds(100);
        var cues = clips.Mp4.Cues;

        Assert.InRange(Loudness(audio, TimeSpan.Zero, cues[0].Start - margin), 0, 0.005);
        for (int i = 0; i < cues.Count; i++)
        {
            Assert.InRange(Loudness(audio, cues[i].Start, cues[i].End), 0.02, 1);
            var silenceEnd = i + 1 < cues.Count ? cues[i + 1].Start : clips.Mp4.Duration;
            Assert.InRange(Loudness(audio, cues[i].End + margin, silenceEnd - margin), 0, 0.005);
        }
    }

    [Fact]
    public async Task GenerateAsync_Mp4_ProbesAsBrowserPlayableH264AacOfTheReturnedDuration()
    {
        var probe = await _prober.ProbeAsync(clips.Mp4.MediaPath, CancellationToken.None);

        Assert.Equal(("h264", "aac", true), (probe.Video?.Codec, probe.Audio?.Codec, probe.IsBrowserPlayable));
        Assert.True((probe.Duration - clips.Mp4.Duration).Duration() < TimeSpan.FromMilliseconds(150), $"{probe.Duration} vs {clips.Mp4.Duration}");
    }

    [Fact]
    public async Task GenerateAsync_WebM_ProbesAsVp8OpusWithTheSameCues()
    {
        var probe = await _prober.ProbeAsync(clips.WebM.MediaPath, CancellationToken.None);

        Assert.Equal(("vp8", "opus", true), (probe.Video?.Codec, probe.Audio?.Codec, probe.IsBrowserPlayable));
        Assert.Equal(clips.Mp4.Cues, clips.WebM.Cues);
    }

    [Fact]
    public async Task GenerateAsync_MarkupInSpeakerAndText_IsEscapedInTheTranscript()
    {
        string vtt = await File.ReadAllTextAsync(clips.Mp4.CaptionsPath);

        Assert.Contains("<v Sam &amp; &lt;Co&gt;>So is one half &lt; two thirds? And 5 &gt; 4?\n", vtt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape", "mp4", "en-us", 640, 360, "FileStem '../escape'")]
    [InlineData("-i", "mp4", "en-us", 640, 360, "FileStem '-i'")]
    [InlineData("clip", "avi", "en-us", 640, 360, "Container 'avi' is not supported")]
    [InlineData("clip", "mp4", "-w /etc/x", 640, 360, "voice '-w /etc/x'")]
    [InlineData("clip", "mp4", "en-us", 641, 360, "Size 641x360")]
    [InlineData("clip", "webm", "en-us", 640, 4000, "Size 640x4000")]
    public async Task GenerateAsync_InvalidSpec_ThrowsNamingTheField(string stem, string container, string voice, int width, int height, string expected)
    {
        var spec = new SpeechClipSpec { FileStem = stem, Container = container, Lines = [new("A", "Hello.", voice)], Width = width, Height = height };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _generator.GenerateAsync(spec, clips.Folder, CancellationToken.None));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_UnknownVoice_ThrowsFailedNamingTheVoiceAndWritesNothing()
    {
        using var folder = new TempFolder();
        var spec = new SpeechClipSpec { FileStem = "clip", Lines = [new("A", "Hello.", "xx-nope")] };

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(() => _generator.GenerateAsync(spec, folder.Path, CancellationToken.None));

        Assert.Equal(MediaErrorCode.Failed, ex.Code);
        Assert.StartsWith("espeak-ng could not speak line 1 with voice 'xx-nope' (", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task GenerateAsync_TwentySecondClip_TakesSecondsAndProcessesQuickly()
    {
        using var folder = new TempFolder();

        long started = Stopwatch.GetTimestamp();
        var clip = await _generator.GenerateAsync(Scripts.Clip("twenty", "mp4", Scripts.TwentySeconds), folder.Path, CancellationToken.None).WaitAsync(Generous);
        var generating = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        var probe = await _prober.ProbeAsync(clip.MediaPath, CancellationToken.None).WaitAsync(Generous);
        var probing = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        await _processor.ExtractSpeechAudioAsync(clip.MediaPath, folder.File("speech.wav"), probe.Duration, null, CancellationToken.None).WaitAsync(Generous);
        var extracting = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        await _processor.CreatePosterAsync(clip.MediaPath, folder.File("poster.jpg"), TimeSpan.FromSeconds(5), 640, CancellationToken.None).WaitAsync(Generous);
        var postering = Stopwatch.GetElapsedTime(started);

        output.WriteLine(
            $"{clip.Duration.TotalSeconds:F1} s clip: generate {generating.TotalMilliseconds:F0} ms, probe {probing.TotalMilliseconds:F0} ms, " +
            $"extract {extracting.TotalMilliseconds:F0} ms, poster {postering.TotalMilliseconds:F0} ms");
        Assert.InRange(clip.Duration.TotalSeconds, 18, 32);
        Assert.True(generating < TimeSpan.FromSeconds(15), $"generating took {generating}");
    }

    /// <summary>The RMS level (0..1) of 16-bit mono samples between two times.</summary>
    private static double Loudness(WavAudio audio, TimeSpan from, TimeSpan to)
    {
        int first = (int)(from.TotalSeconds * audio.SampleRate);
        int last = Math.Min((int)(to.TotalSeconds * audio.SampleRate), audio.Samples.Length / 2);
        Assert.True(last > first, $"empty window {from}..{to}");
        double sum = 0;
        for (int i = first; i < last; i++)
        {
            double sample = BitConverter.ToInt16(audio.Samples, i * 2) / 32768.0;
            sum += sample * sample;
        }

        return Math.Sqrt(sum / (last - first));
    }
}
