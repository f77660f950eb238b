using Addin.Sdk.Captions;

namespace Addin.Sdk.Tests.Captions;

/// <summary>
/// Runs <see cref="WebVttParser"/> over every file of mozilla/vtt.js's parser tests and compares with the results that
/// suite expects (see <see cref="VttJsExpectations"/>). Each file is in exactly one of three groups: not WebVTT, compared
/// strictly, or excluded from the strict comparison for a stated reason and covered by its own test instead.
/// </summary>
/// <remarks>
/// Deliberate differences applied to every compared file:
/// <list type="bullet">
/// <item>A cue whose text is empty is not a segment; it is reported as a problem instead (vtt.js keeps it).</item>
/// <item>Segments come in start-time order (stable); vtt.js lists cues in file order.</item>
/// <item>The speaker is kept apart from the text: the first voice's name, which vtt.js puts in the voice span's title.</item>
/// </list>
/// </remarks>
public sealed class VttJsFixtureTests
{
    /// <summary>Files whose signature is wrong: the WebVTT parser algorithm aborts on them.</summary>
    private static readonly string[] NotWebVtt =
    [
        "file-layout/bad-double-webvtt.vtt",
        "file-layout/blank-file.vtt",
        "file-layout/blank-file-with-bom.vtt",
        "file-layout/bom-garbage-data.vtt",
        "file-layout/bom-tab-webvtt.vtt",
        "file-layout/garbage-signature.vtt",
        "file-layout/newline-before-webvtt.vtt",
        "file-layout/tab-after-bom-before-header.vtt",
    ];

    /// <summary>Files left out of the strict comparison, why, and which test covers them instead.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["cue-times/fraction-digits.vtt"] =
            "We accept a 1- or 2-digit fraction ('00:00.00') because Microsoft Teams writes '0:0:5.32'; the spec and vtt.js drop the cue. " +
            $"See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_TwoDigitFraction_IsReadLeniently)}.",
        ["cue-times/min-top-digits.vtt"] =
            "vtt.js reads '000:00.000' as minutes:seconds. By 'collect a WebVTT timestamp' a first field that is not exactly two digits is hours, " +
            $"so a seconds field is missing: the cue is invalid and we skip and report it. See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_FirstFieldNotTwoDigitsWithoutSeconds_SkipsTheCueAsTheSpecSays)}.",
        ["cue-times/minimum-spots-over-sixty.vtt"] =
            "vtt.js reads '120:00.000' as 120 hours. By 'collect a WebVTT timestamp' 120 is hours and a seconds field is then required, " +
            $"so the cue is invalid; we skip and report it. See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_FirstFieldNotTwoDigitsWithoutSeconds_SkipsTheCueAsTheSpecSays)}.",
        ["file-layout/header-no-new-line.vtt"] =
            "vtt.js takes the timing line right after WEBVTT for a header line and drops the cue. The spec's header block ends at a line " +
            "containing '-->' (the 'in header' flag), and that line starts the first cue, as WPT's header-timings.vtt expects. " +
            $"See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_CueRightAfterTheHeader_IsReadAsTheSpecSays)}.",
        ["integration/id.vtt"] =
            "vtt.js drops the cue after a '-->' identifier line. In the spec's 'collect a WebVTT block', '-->' on line 1 is a failed timing line, " +
            "and the real timing line on line 2 (arrow already seen) ends that block and starts a new cue, which we read; the bad line is reported. " +
            $"See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_ArrowAsIdentifier_ReportsItAndReadsTheCueAfterIt)}.",
        ["cuetext/timestamp/no-end-gt.vtt"] =
            "vtt.js gives no processed cue for it. By the cue text tokenizer the unclosed '<00:01.000 …' timestamp tag runs to the end of the cue, " +
            $"so no text is left: we skip the cue and report the unclosed tag. See {nameof(WebVttParserTests)}.{nameof(WebVttParserTests.Parse_UnclosedTag_ReportsTheLineAndKeepsWhatTheSpecKeeps)}.",
    };

    /// <summary>The lines our problems name for compared files; every other compared file must have none.</summary>
    private static readonly Dictionary<string, int[]> ProblemLines = new(StringComparer.Ordinal)
    {
        // Cues vtt.js drops silently; we say why.
        ["cue-times/incorrect-delimiter.vtt"] = [3],
        ["cue-times/min-mid-digits.vtt"] = [3],
        ["cue-times/missing-separator.vtt"] = [3],
        // Cues vtt.js keeps with empty text (and, in arrows.vtt, a '-->' line it ignores).
        ["cuetext/voice/no-end-gt.vtt"] = [4],
        ["file-layout/cue-spacing.vtt"] = [8],
        ["integration/arrows.vtt"] = [4, 5],
    };

    public static TheoryData<string> NotWebVttFixtures => [.. NotWebVtt];

    public static TheoryData<string> ComparedFixtures =>
        [.. VttJsExpectations.AllFixtures().Where(f => !NotWebVtt.Contains(f) && !Excluded.ContainsKey(f))];

    [Fact]
    public void Suite_EveryFixture_IsComparedRejectedOrExcludedWithAReason()
    {
        var all = VttJsExpectations.AllFixtures().ToList();
        var compared = all.Except(NotWebVtt).Except(Excluded.Keys).ToList();

        // Every name listed here exists (a renamed fixture would otherwise fall into the comparison unnoticed), the
        // groups do not overlap, and problem lines are only listed for compared files.
        Assert.Empty(NotWebVtt.Concat(Excluded.Keys).Except(all));
        Assert.Empty(NotWebVtt.Intersect(Excluded.Keys));
        Assert.Empty(ProblemLines.Keys.Except(compared));
        Assert.True(compared.Count >= 50, $"only {compared.Count} of {all.Count} fixtures are compared");
    }

    [Theory]
    [MemberData(nameof(NotWebVttFixtures))]
    public void Parse_NotWebVttFixture_ThrowsOnLine1(string fixture)
    {
        var ex = Assert.Throws<CaptionFormatException>(() => WebVttParser.Parse(VttJsExpectations.ReadVtt(fixture)));

        Assert.Equal(1, ex.Line);
    }

    [Theory]
    [MemberData(nameof(ComparedFixtures))]
    public void Parse_VttJsFixture_MatchesTheExpectedCues(string fixture)
    {
        var expected = VttJsExpectations.Load(fixture)
            .Where(c => c.Text.Length > 0)
            .OrderBy(c => c.StartMs ?? 0)
            .ToList();

        var result = WebVttParser.Parse(VttJsExpectations.ReadVtt(fixture));

        Assert.Equal(expected.Count, result.Segments.Count);
        foreach (var (want, got) in expected.Zip(result.Segments))
        {
            Assert.Equal(want.Text, got.Text);
            if (want.StartMs is not null)
            {
                Assert.Equal((want.StartMs, want.EndMs), ((long?)got.Start.TotalMilliseconds, (long?)got.End.TotalMilliseconds));
            }

            if (want.SpeakerKnown)
            {
                Assert.Equal(want.Speaker, got.Speaker);
            }
        }

        Assert.Equal(ProblemLines.GetValueOrDefault(fixture, []), result.Problems.Select(p => p.Line));
    }
}
