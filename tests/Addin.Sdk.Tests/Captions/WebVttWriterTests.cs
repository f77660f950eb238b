using System.Text;
using System.Text.RegularExpressions;
using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;

namespace Addin.Sdk.Tests.Captions;

public sealed partial class WebVttWriterTests
{
    // Pieces the random texts are built from: markup characters, references, arrows, every kind of line break, blank
    // lines, words WebVTT gives meaning at the start of a block, timing lines, and non-ASCII text (accents, CJK, an
    // emoji outside the BMP, right-to-left text with bidi marks, no-break and zero-width spaces, combining marks).
    private static readonly string[] Pieces =
    [
        "<", ">", "&", "<v ", "</v>", "<b>", "<script>alert(1)</script>", "&amp;", "&lt;", "&gt;", "&#60;", "&nbsp", "-->", "--", "->",
        "\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028", "\u0085", " ", "  ", "\t",
        "WEBVTT", "NOTE", "STYLE", "REGION", "00:00:01.000 --> 00:00:02.000", "1",
        "word", "Hello,", "world.", "é", "漢字", "😀", "שלום", "\u200E", "\u200F", "\u00A0", "\u200B", "e\u0301",
    ];

    [Fact]
    public void Write_Segments_WritesNumberedCuesWithEscapedVoices()
    {
        string vtt = WebVttWriter.Write(
        [
            new TranscriptSegment { Start = TimeSpan.FromSeconds(0.5), End = TimeSpan.FromSeconds(3.25), Text = "Good morning.", Speaker = "Ms Rivera" },
            new TranscriptSegment { Start = TimeSpan.FromSeconds(3.85), End = TimeSpan.FromHours(101), Text = "a < b &\nc --> d", Speaker = "A & <B>" },
            new TranscriptSegment { Start = TimeSpan.FromHours(101), End = TimeSpan.FromHours(102), Text = "No speaker." },
        ]);

        Assert.Equal(
            "WEBVTT\n\n1\n00:00:00.500 --> 00:00:03.250\n<v Ms Rivera>Good morning.\n" +
            "\n2\n00:00:03.850 --> 101:00:00.000\n<v A &amp; &lt;B&gt;>a &lt; b &amp;\nc --&gt; d\n" +
            "\n3\n101:00:00.000 --> 102:00:00.000\nNo speaker.\n",
            vtt);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "Mallory")]
    [InlineData("&lt;b&gt; is how you write <b>", "Tag & Co")]
    [InlineData("before --> after\n00:00:09.000 --> 00:00:10.000\nafter that", "Eve")]
    [InlineData("one\n\n\nthree\r\n\r\nfive", "A > B & C")]
    [InlineData("ok", "<v Bob>")]
    [InlineData("-> ok", "Trailing --")]
    public void Write_HostileText_ReadsBackToTheSameSegment(string text, string speaker)
    {
        var segment = new TranscriptSegment { Start = TimeSpan.FromSeconds(1), End = TimeSpan.FromSeconds(2), Text = text, Speaker = speaker };

        var result = WebVttParser.Parse(WebVttWriter.Write([segment]));

        Assert.Equal([Normalised(segment)], result.Segments);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Write_RandomTexts_ReadBackToTheSameSegmentsWithNoRawMarkup()
    {
        var random = new Random(20_260_611);
        for (int run = 0; run < 300; run++)
        {
            var segments = RandomSegments(random);

            string vtt = WebVttWriter.Write(segments);
            var result = WebVttParser.Parse(vtt);

            var expected = segments.Where(s => Collapse(s.Text).Length > 0).Select(Normalised).ToList();
            Assert.True(expected.SequenceEqual(result.Segments), $"run {run}: the segments read back differ; the file was:\n{vtt}");
            Assert.True(result.Problems.Count == 0, $"run {run}: {string.Join("; ", result.Problems)}\n{vtt}");
            Assert.True(WrittenVoiceTag().Replace(vtt, "").IndexOf('<', StringComparison.Ordinal) < 0, $"run {run}: a raw '<' outside a voice tag:\n{vtt}");
        }
    }

    [Fact]
    public void Write_BlankTextSegment_IsLeftOut()
    {
        string vtt = WebVttWriter.Write(
        [
            new TranscriptSegment { Start = TimeSpan.Zero, End = TimeSpan.FromSeconds(1), Text = " \n\t", Speaker = "Ann" },
            new TranscriptSegment { Start = TimeSpan.FromSeconds(1), End = TimeSpan.FromSeconds(2), Text = "kept" },
        ]);

        Assert.Equal("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nkept\n", vtt);
    }

    [Fact]
    public void Write_NoSegments_WritesOnlyTheSignature()
    {
        Assert.Equal("WEBVTT\n", WebVttWriter.Write([]));
    }

    private static List<TranscriptSegment> RandomSegments(Random random)
    {
        var segments = new List<TranscriptSegment>();
        long startMs = random.Next(0, 10_000);
        for (int i = random.Next(1, 6); i > 0; i--)
        {
            long endMs = startMs + random.Next(0, 5_000);
            segments.Add(new TranscriptSegment
            {
                Start = TimeSpan.FromMilliseconds(startMs),
                End = TimeSpan.FromMilliseconds(endMs),
                Text = RandomText(random, 12),
                Speaker = random.Next(3) == 0 ? null : RandomText(random, 4),
            });
            // Strictly later starts, so the parser's start-time order is the order written.
            startMs += random.Next(1, 4_000);
        }

        return segments;
    }

    private static string RandomText(Random random, int maxPieces)
    {
        var text = new StringBuilder();
        for (int i = random.Next(0, maxPieces + 1); i > 0; i--)
        {
            text.Append(random.Next(4) == 0 ? (char)random.Next(0x20, 0x7F) : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    // What a segment reads back as: the parser's plain-text form, whitespace collapsed, and no speaker for a blank name.
    private static TranscriptSegment Normalised(TranscriptSegment segment) => segment with
    {
        Text = Collapse(segment.Text),
        Speaker = segment.Speaker is not null && Collapse(segment.Speaker) is { Length: > 0 } speaker ? speaker : null,
    };

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The only '<' the writer may put in a file: a voice tag at the start of a cue's first text line.
    [GeneratedRegex(@"(?m)(?<=^\d{2,}:\d{2}:\d{2}\.\d{3} --> \d{2,}:\d{2}:\d{2}\.\d{3}\n)<v ")]
    private static partial Regex WrittenVoiceTag();
}
