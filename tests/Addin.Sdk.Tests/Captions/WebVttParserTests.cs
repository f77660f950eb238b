using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;

namespace Addin.Sdk.Tests.Captions;

public sealed class WebVttParserTests
{
    // Line numbers are on the left; the file is built from them so the asserted lines are the ones you read.
    private static readonly string[] BrokenFile =
    [
        /*  1 */ "WEBVTT",
        /*  2 */ "",
        /*  3 */ "00:00:01.000 --> 00:00:02.000",
        /*  4 */ "good one",
        /*  5 */ "",
        /*  6 */ "00:00:03.000 --> 00:00:0x.000",
        /*  7 */ "bad timestamp",
        /*  8 */ "",
        /*  9 */ "00:00:05.000 --> 00:00:04.000",
        /* 10 */ "ends before it starts",
        /* 11 */ "",
        /* 12 */ "orphan text without a timing line",
        /* 13 */ "more orphan text",
        /* 14 */ "",
        /* 15 */ "00:00:06.000 --> 00:00:07.000",
        /* 16 */ "text before the arrow",
        /* 17 */ "he said --> go",
        /* 18 */ "and more",
        /* 19 */ "",
        /* 20 */ "00:00:08.000 --> 00:00:09.000",
        /* 21 */ "last good",
    ];

    [Fact]
    public void Parse_HandcraftedBrokenFile_NamesTheLineOfEachProblem()
    {
        var result = WebVttParser.Parse(string.Join('\n', BrokenFile));

        Assert.Equal([6, 9, 12, 17], result.Problems.Select(p => p.Line));
        Assert.Contains("'00:00:0x.000' is not a timestamp", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("the cue ends (00:00:04.000) before it starts (00:00:05.000)", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("expected a cue timing line", result.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("found 'orphan text without a timing line'; the block was skipped (lines 12-13)", result.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("a line of cue text contains '-->' but is not a cue timing line", result.Problems[3].Message, StringComparison.Ordinal);
        Assert.EndsWith("Lines 17-18 were skipped.", result.Problems[3].Message, StringComparison.Ordinal);
        Assert.Equal(["good one", "text before the arrow", "last good"], result.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_Problem_ToStringStartsWithItsLine()
    {
        var problem = Assert.Single(WebVttParser.Parse("WEBVTT\n\nstray\n").Problems);

        Assert.StartsWith("line 3: expected a cue timing line", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("WEBVTTX\n\n00:00.000 --> 00:01.000\nx")]
    [InlineData("webvtt\n\n00:00.000 --> 00:01.000\nx")]
    [InlineData(" WEBVTT\n")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nan SRT file\n")]
    [InlineData("{\"value\": []}")]
    public void Parse_NotWebVtt_ThrowsOnLine1(string text)
    {
        var ex = Assert.Throws<CaptionFormatException>(() => WebVttParser.Parse(text));

        Assert.Equal(1, ex.Line);
        Assert.StartsWith("line 1: the file does not start with 'WEBVTT'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBVTT")]
    [InlineData("WEBVTT\n")]
    [InlineData("\uFEFFWEBVTT - a title\n\n")]
    [InlineData("WEBVTT\tKind: captions\nLanguage: en\n\nNOTE nothing yet\n")]
    public void Parse_SignatureWithoutCues_GivesNothingAndNoProblem(string text)
    {
        var result = WebVttParser.Parse(text);

        Assert.Empty(result.Segments);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_TwoDigitFraction_IsReadLeniently()
    {
        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt("cue-times/fraction-digits.vtt"));

        var segment = Assert.Single(result.Segments);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromSeconds(2), "Text"), (segment.Start, segment.End, segment.Text));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("cue-times/min-top-digits.vtt", "'000:00.000' is not a timestamp")]
    [InlineData("cue-times/minimum-spots-over-sixty.vtt", "'120:00.000' is not a timestamp")]
    public void Parse_FirstFieldNotTwoDigitsWithoutSeconds_SkipsTheCueAsTheSpecSays(string fixture, string message)
    {
        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt(fixture));

        Assert.Empty(result.Segments);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CueRightAfterTheHeader_IsReadAsTheSpecSays()
    {
        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt("file-layout/header-no-new-line.vtt"));

        var segment = Assert.Single(result.Segments);
        Assert.Equal((TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(13), "Test"), (segment.Start, segment.End, segment.Text));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_CueAfterHeaderLinesWithoutBlankLine_IsRead()
    {
        var result = WebVttParser.Parse("WEBVTT\nKind: captions\nLanguage: en\n00:01.000 --> 00:02.000\nHello\n");

        Assert.Equal(["Hello"], result.Segments.Select(s => s.Text));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_TimingOnTheSignatureLine_IsReportedOnLine1()
    {
        var result = WebVttParser.Parse("WEBVTT 00:00.000 --> 00:01.000\n\n00:02.000 --> 00:03.000\nkept\n");

        Assert.Equal(["kept"], result.Segments.Select(s => s.Text));
        Assert.Equal(1, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Parse_ArrowAsIdentifier_ReportsItAndReadsTheCueAfterIt()
    {
        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt("integration/id.vtt"));

        Assert.Equal(
            [(1000, 2000, "This"), (2000, 3000, "Is"), (3000, 4000, "A"), (4000, 5000, "Test"), (6000, 7000, "And stuff?")],
            result.Segments.Select(s => ((int)s.Start.TotalMilliseconds, (int)s.End.TotalMilliseconds, s.Text)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(15, problem.Line);
        Assert.StartsWith("'-->' is not a cue timing line", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cuetext/voice/no-end-gt.vtt", "<v It's a blue apple tree!")]
    [InlineData("cuetext/timestamp/no-end-gt.vtt", "<00:01.000 It's a blue apple tree!")]
    public void Parse_UnclosedTag_ReportsTheLineAndKeepsWhatTheSpecKeeps(string fixture, string tag)
    {
        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt(fixture));

        // The tag runs to the end of the cue, so no text is left (vtt.js: a voice span titled with the rest, empty).
        Assert.Empty(result.Segments);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith($"the tag '{tag}' is not closed with '>'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("no text is left, so the cue was skipped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedTagAfterText_KeepsTheTextBeforeItAndNamesTheTagsLine()
    {
        var result = WebVttParser.Parse("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Three is\nless than five: 3 <5, right?\n");

        var segment = Assert.Single(result.Segments);
        Assert.Equal(("Three is less than five: 3", "Ann"), (segment.Text, segment.Speaker));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("the tag '<5, right?' is not closed with '>'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("the text after it was dropped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingBlankLineBetweenCues_ReadsBothCues()
    {
        var result = WebVttParser.Parse("WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\n00:02.000 --> 00:03.000\nsecond\n");

        Assert.Equal([("first", 1000), ("second", 2000)], result.Segments.Select(s => (s.Text, (int)s.Start.TotalMilliseconds)));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_CueWithNoText_IsReportedNotSilentlyDropped()
    {
        var result = WebVttParser.Parse("WEBVTT\n\n1\n00:01.000 --> 00:02.000\n\n2\n00:03.000 --> 00:04.000\n<c.yellow></c>\n\n00:05.000 --> 00:06.000\nkept\n");

        Assert.Equal(["kept"], result.Segments.Select(s => s.Text));
        Assert.Equal([4, 7], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.StartsWith("the cue has no text; it was skipped", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoteStyleAndRegionBlocks_AreIgnoredWithoutProblems()
    {
        const string Text = "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:fred width:40%\n\nNOTE a comment\nover two lines\n\nNOTE\n\n00:01.000 --> 00:02.000 region:fred\nHi\n";

        var result = WebVttParser.Parse(Text);

        Assert.Equal(["Hi"], result.Segments.Select(s => s.Text));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_WhitespaceOnlyLine_SeparatesCuesLikeABlankLine()
    {
        var result = WebVttParser.Parse("WEBVTT\n \n1\n00:01.000 --> 00:02.000\nfirst\n\t \n2\n00:03.000 --> 00:04.000\nsecond\n");

        Assert.Equal(["first", "second"], result.Segments.Select(s => s.Text));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Parse_CrLfOrCrLineBreaks_ReadLikeLf(string lineBreak)
    {
        string lf = string.Join('\n', BrokenFile);

        var expected = WebVttParser.Parse(lf);
        var actual = WebVttParser.Parse(lf.Replace("\n", lineBreak, StringComparison.Ordinal));

        Assert.Equal(expected.Segments, actual.Segments);
        Assert.Equal(expected.Problems, actual.Problems);
    }

    [Fact]
    public void Parse_NulCharacter_BecomesAReplacementCharacter()
    {
        var segment = Assert.Single(WebVttParser.Parse("WEBVTT\n\n00:01.000 --> 00:02.000\na\0b\n").Segments);

        Assert.Equal("a\uFFFDb", segment.Text);
    }

    [Theory]
    [InlineData("0:0:5.32 --> 0:0:7.1", 5320, 7100)]
    [InlineData("0:0:0.0 --> 0:0:0.570", 0, 570)]
    [InlineData("00:00:01,500 --> 00:00:02,250", 1500, 2250)]
    [InlineData("1:02.5 --> 1:03.25", 62500, 63250)]
    public void Parse_LenientTimestamps_AreRead(string timing, int startMs, int endMs)
    {
        var result = WebVttParser.Parse($"WEBVTT\n\n{timing}\ntext\n");

        var segment = Assert.Single(result.Segments);
        Assert.Equal((TimeSpan.FromMilliseconds(startMs), TimeSpan.FromMilliseconds(endMs)), (segment.Start, segment.End));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("cue-times/left-tab.vtt")]
    [InlineData("cue-times/missing-spaces-between-separator.vtt")]
    [InlineData("cue-times/separator-extra-space.vtt")]
    [InlineData("cue-times/separator-tab.vtt")]
    [InlineData("cue-times/space-left-tab-right.vtt")]
    [InlineData("cue-times/space-right-tab-left.vtt")]
    [InlineData("cue-times/spaces-tabs-on-both-sides.vtt")]
    [InlineData("cue-times/tab-right.vtt")]
    public void Parse_SpacesAndTabsAroundTheArrow_ReadTheTimes(string fixture)
    {
        // vtt.js gives only the processed text for these; the times are the file's 00:00:25.000 --> 00:00:27.000.
        var segment = Assert.Single(WebVttParser.Parse(VttJsExpectations.ReadVtt(fixture)).Segments);

        Assert.Equal((TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(27), "Payload"), (segment.Start, segment.End, segment.Text));
    }

    [Theory]
    [InlineData("999999999:00:00.000 --> 999999999:00:01.000", "'999999999:00:00.000' is not a timestamp")]
    [InlineData("00:01.000 --> 00:02.0000", "'00:02.0000' is not a timestamp")]
    [InlineData("00:01.000 --> ", "'00:01.000 -->' is not a cue timing line")]
    [InlineData("00:01.000 -> 00:02.000", "expected a cue timing line")]
    public void Parse_BadTimingLine_IsReportedNotThrown(string timing, string message)
    {
        var result = WebVttParser.Parse($"WEBVTT\n\n{timing}\ntext\n");

        Assert.Empty(result.Segments);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CuesOutOfOrder_ComeInStartOrderKeepingTiesInFileOrder()
    {
        var result = WebVttParser.Parse("WEBVTT\n\n00:05.000 --> 00:06.000\nlate\n\n00:01.000 --> 00:09.000\nlong\n\n00:01.000 --> 00:02.000\nshort\n");

        Assert.Equal(["long", "short", "late"], result.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Parse_TeamsTranscriptFromGraph_KeepsSpeakerAndTimes()
    {
        var result = WebVttParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", "calltranscript-content.response.vtt")));

        Assert.Equal(
            [new TranscriptSegment { Start = TimeSpan.Zero, End = TimeSpan.FromMilliseconds(5320), Text = "This is a transcript test.", Speaker = "User Name" }],
            result.Segments);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_TeamsStyleTranscriptWithOverlappingCues_KeepsSpeakersAndTimes()
    {
        var result = WebVttParser.Parse(OtherFixture("webvtt-py-tests/teams_timeframe.vtt"));

        Assert.Equal(
            [
                new TranscriptSegment { Start = TimeSpan.Zero, End = TimeSpan.FromMilliseconds(570), Text = "There you go.", Speaker = "Yuri Bakulin" },
                new TranscriptSegment { Start = TimeSpan.FromMilliseconds(210), End = TimeSpan.FromMilliseconds(1130), Text = "Why hello there, Yuri.", Speaker = "Adrian Petrescu" },
            ],
            result.Segments);
        Assert.Empty(result.Problems);
    }

    // Expectations from the files' own suites where they state them (webvtt-py's tests/test_webvtt_parser.py: counts,
    // "Like a big-a pizza pie", "That's amore", "this will happen is I'm telling", sample.vtt cue 3 at 11.890-16.320),
    // otherwise read off the file.
    [Theory]
    [InlineData("webvtt-py-tests/captions_with_bom.vtt", 4, 0, 500, 7000, "Caption text #1", null)]
    [InlineData("webvtt-py-tests/cue_tags.vtt", 3, 0, 16500, 18500, "When the moon hits your eye", null)]
    [InlineData("webvtt-py-tests/cue_tags.vtt", 3, 1, 18500, 20500, "Like a big-a pizza pie", null)]
    [InlineData("webvtt-py-tests/cue_tags.vtt", 3, 2, 20500, 21500, "That's amore", null)]
    [InlineData("webvtt-py-tests/metadata_headers.vtt", 2, 1, 7000, 11890, "Caption text #2", null)]
    [InlineData("webvtt-py-tests/metadata_headers_multiline.vtt", 2, 0, 500, 7000, "Caption text #1", null)]
    [InlineData("webvtt-py-tests/sample.vtt", 16, 2, 11890, 16320, "Caption text #3", null)]
    [InlineData("webvtt-py-tests/sample.vtt", 16, 15, 61350, 64300, "Caption text #16", null)]
    [InlineData("webvtt-py-tests/teams_timeframe.vtt", 2, 1, 210, 1130, "Why hello there, Yuri.", "Adrian Petrescu")]
    [InlineData("webvtt-py-tests/using_identifiers.vtt", 6, 1, 7000, 11890, "Caption text #2", null)]
    [InlineData("webvtt-py-tests/using_identifiers.vtt", 6, 3, 16320, 21580, "Caption text #4", null)]
    [InlineData("webvtt-py-tests/youtube_dl.vtt", 4, 0, 286070, 286470, "yeah", null)]
    [InlineData("webvtt-py-tests/youtube_dl.vtt", 4, 1, 286470, 304080, "yeah what", null)]
    [InlineData("webvtt-py-tests/youtube_dl.vtt", 4, 2, 304080, 305069, "this will happen is I'm telling", null)]
    [InlineData("webvtt-py-tests/youtube_dl.vtt", 4, 3, 305069, 305400, "this will happen is I'm telling", null)]
    [InlineData("bernabeu-vtt-app/Example_subtitles_1.vtt", 4, 0, 760, 8640, "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Duis sed tempus nisi. Sed", null)]
    [InlineData("bernabeu-vtt-app/Example_subtitles_1.vtt", 4, 3, 15540, 28760, "nisi, mattis fermentum nulla. Donec quis varius metus, suscipit vulputate neque.", null)]
    public void Parse_OtherSuiteFixture_GivesTheExpectedCue(string fixture, int count, int index, int startMs, int endMs, string text, string? speaker)
    {
        var result = WebVttParser.Parse(OtherFixture(fixture));

        Assert.Equal(count, result.Segments.Count);
        var segment = result.Segments[index];
        Assert.Equal((TimeSpan.FromMilliseconds(startMs), TimeSpan.FromMilliseconds(endMs), text, speaker), (segment.Start, segment.End, segment.Text, segment.Speaker));
        Assert.Empty(result.Problems);
    }

    private static string OtherFixture(string relative) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "vtt", relative));
}
