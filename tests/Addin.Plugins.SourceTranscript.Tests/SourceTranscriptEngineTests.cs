using Addin.Sdk.Transcription;
using Addin.Testing;

namespace Addin.Plugins.SourceTranscript.Tests;

public sealed class SourceTranscriptEngineTests
{
    private readonly ITranscriptionEngine _engine =
        new SourceTranscriptFactory().Create(TestProviderContext.Create("source-transcript", Path.GetTempPath()));

    [Fact]
    public async Task Transcribe_TeamsTranscriptFromGraph_KeepsTheSpeaker()
    {
        var transcript = await TranscribeAsync(Fixture("graph/calltranscript-content.response.vtt"));

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromMilliseconds(5320), "This is a transcript test.", "User Name"), (segment.Start, segment.End, segment.Text, segment.Speaker));
        Assert.Equal("source-transcript", transcript.EngineId);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public async Task Transcribe_TeamsStyleUnpaddedTimes_KeepsBothSpeakersInOrder()
    {
        var transcript = await TranscribeAsync(Fixture("vtt/webvtt-py-tests/teams_timeframe.vtt"));

        Assert.Equal(["Yuri Bakulin", "Adrian Petrescu"], transcript.Speakers);
        Assert.Equal(TimeSpan.FromMilliseconds(1130), transcript.Segments[1].End);
    }

    [Theory]
    [InlineData("vtt/mozilla-vtt.js-tests/integration/id.vtt", 5, "line 15: '-->' is not a cue timing line (expected hh:mm:ss.ttt --> hh:mm:ss.ttt); the cue was skipped.")]
    [InlineData("vtt/mozilla-vtt.js-tests/file-layout/cue-spacing.vtt", 3, "line 8: the cue has no text; it was skipped.")]
    public async Task Transcribe_SomeCuesUnreadable_SkipsThemWithAWarning(string file, int readable, string warning)
    {
        var transcript = await TranscribeAsync(Fixture(file));

        Assert.Equal(readable, transcript.Segments.Count);
        Assert.Equal([warning], transcript.Warnings);
    }

    [Theory]
    [InlineData("vtt/mozilla-vtt.js-tests/cue-times/incorrect-delimiter.vtt", "line 3: '00.00.000' is not a timestamp")]
    [InlineData("vtt/mozilla-vtt.js-tests/cue-times/missing-separator.vtt", "line 3: expected a cue timing line")]
    [InlineData("vtt/mozilla-vtt.js-tests/cuetext/voice/no-end-gt.vtt", "line 4: the tag '<v It's a blue apple tree!' is not closed with '>'")]
    [InlineData("vtt/mozilla-vtt.js-tests/integration/arrows.vtt", "line 4: the cue has no text; it was skipped (lines 3-4). (and 1 more like it)")]
    public async Task Transcribe_NoReadableCue_ThrowsNamingTheFileTheLineAndWhatToDo(string file, string why)
    {
        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(Fixture(file)));

        Assert.StartsWith($"The transcript '{file}' has no readable cue: {why}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("transcribed from its audio", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_CuesWithoutBlankLinesBetween_ReadsEveryCue()
    {
        var transcript = await TranscribeAsync(Fixture("vtt/webvtt-py-tests/youtube_dl.vtt"));

        Assert.Equal(4, transcript.Segments.Count);
        Assert.Equal("this will happen is I'm telling", transcript.Segments[2].Text);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public async Task Transcribe_CueRightAfterTheHeader_ReadsIt()
    {
        var transcript = await TranscribeAsync(Fixture("vtt/mozilla-vtt.js-tests/file-layout/header-no-new-line.vtt"));

        Assert.Equal("Test", Assert.Single(transcript.Segments).Text);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public async Task Transcribe_HeaderWithoutCues_ThrowsSayingSo()
    {
        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(Inline("vtt", "WEBVTT\nKind: captions\nLanguage: en\n\nNOTE no cues yet\n")));

        Assert.Contains("has no readable cue: no cue follows the header.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vtt/mozilla-vtt.js-tests/file-layout/garbage-signature.vtt")]
    [InlineData("vtt/mozilla-vtt.js-tests/file-layout/bad-double-webvtt.vtt")]
    [InlineData("vtt/mozilla-vtt.js-tests/file-layout/blank-file.vtt")]
    [InlineData("graph/callrecording-get.response.json")]
    public async Task Transcribe_NotAWebVttFile_ThrowsNamingTheFileAndWhatToDo(string file)
    {
        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(Fixture(file)));

        Assert.Equal(
            $"The transcript '{file}' cannot be read: line 1: the file does not start with 'WEBVTT'; it is not a WebVTT file. Export the transcript as WebVTT (.vtt) and try again.",
            ex.Message);
    }

    [Fact]
    public async Task Transcribe_SrtFile_ReadsItsCues()
    {
        var transcript = await TranscribeAsync(Fixture("vtt/bernabeu-vtt-app/Example_subtitles_2.srt.txt", "srt"));

        Assert.Equal(5, transcript.Segments.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(4898), transcript.Segments[0].Start);
        Assert.StartsWith("Lorem ipsum dolor sit amet", transcript.Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_SrtWithABrokenCue_SkipsItWithAWarning()
    {
        var source = Inline("srt", "1\n00:00:01,000 --> 00:00:02,000\n<i>First</i>\n\n2\n00:00:03,000 -> 00:00:04,000\nSecond\n\n3\n00:00:05,000 --> 00:00:06,500\nThird\n");

        var transcript = await TranscribeAsync(source);

        Assert.Equal(["First", "Third"], transcript.Segments.Select(s => s.Text));
        Assert.Equal(["line 5: expected a cue number and a timing line like '00:00:01,000 --> 00:00:04,000' but found '2'; the block was skipped."], transcript.Warnings);
    }

    [Fact]
    public async Task Transcribe_TextThatIsNotSrt_ThrowsSayingWhatToDo()
    {
        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(Inline("srt", "Meeting notes\nNo timings here.")));

        Assert.Contains("cannot be read: line 1: no cue timing line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_UnknownFormat_ThrowsNamingTheFormat()
    {
        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(Inline("docx", "PK...")));

        Assert.Contains("is in the format 'docx'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_LanguageOfTheSource_IsKept()
    {
        var source = Inline("vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n") with { Language = "fr" };

        Assert.Equal("fr", (await TranscribeAsync(source)).Language);
    }

    [Fact]
    public async Task Transcribe_Cancelled_Throws()
    {
        var request = new TranscriptionRequest { Duration = TimeSpan.FromMinutes(1), SourceTranscript = Inline("vtt", "WEBVTT\n") };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _engine.TranscribeAsync(request, new Progress<double>(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void CanTranscribe_WithAndWithoutSourceTranscript_IsTrueOnlyWithOne()
    {
        Assert.True(_engine.CanTranscribe(new TranscriptionRequest { Duration = TimeSpan.Zero, SourceTranscript = Inline("vtt", "WEBVTT\n") }));
        Assert.False(_engine.CanTranscribe(new TranscriptionRequest { Duration = TimeSpan.Zero, AudioPath = "audio.wav" }));
    }

    private Task<Transcript> TranscribeAsync(Sdk.Recordings.TranscriptFile source) =>
        _engine.TranscribeAsync(new TranscriptionRequest { Duration = TimeSpan.FromMinutes(1), SourceTranscript = source }, new Progress<double>(), CancellationToken.None);

    private static Sdk.Recordings.TranscriptFile Fixture(string file, string format = "vtt") =>
        new() { Format = format, Origin = file, Content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", file)) };

    private static Sdk.Recordings.TranscriptFile Inline(string format, string content) => new() { Format = format, Origin = "inline." + format, Content = content };
}
