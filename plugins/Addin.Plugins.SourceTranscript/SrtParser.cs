using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.SourceTranscript;

/// <summary>
/// Reads SubRip (.srt): blocks of an optional cue number, a timing line <c>00:00:01,000 --&gt; 00:00:04,000</c> and text,
/// separated by blank lines. Like <see cref="WebVttParser"/>, a block that cannot be read is skipped and reported with
/// its line; a text with no timing line anywhere is refused as not SRT.
/// </summary>
internal static class SrtParser
{
    private const string Arrow = "-->";

    public static CaptionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        if (!lines.Any(l => l.Contains(Arrow, StringComparison.Ordinal)))
        {
            throw new CaptionFormatException(1, "no cue timing line like '00:00:01,000 --> 00:00:04,000' was found; it is not an SRT file. Export the transcript as SRT (.srt) or WebVTT (.vtt) and try again.");
        }

        var segments = new List<TranscriptSegment>();
        var problems = new List<CaptionProblem>();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            int end = i;
            while (end < lines.Count && lines[end].Length > 0)
            {
                end++;
            }

            ReadBlock(lines, i, end, segments, problems);
            i = end;
        }

        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new CaptionParseResult { Segments = segments, Problems = problems };
    }

    private static void ReadBlock(List<string> lines, int start, int end, List<TranscriptSegment> segments, List<CaptionProblem> problems)
    {
        // The cue number is optional in practice; the timing line is what matters.
        int timing = lines[start].Contains(Arrow, StringComparison.Ordinal) ? start : start + 1;
        if (timing >= end || !lines[timing].Contains(Arrow, StringComparison.Ordinal))
        {
            problems.Add(new CaptionProblem(start + 1, $"expected a cue number and a timing line like '00:00:01,000 --> 00:00:04,000' but found '{Shorten(lines[start])}'; the block was skipped."));
            return;
        }

        string line = lines[timing];
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        string left = line[..arrow].Trim();
        // Some writers add coordinates after the end time ("X1:40 X2:600 ...").
        string right = line[(arrow + Arrow.Length)..].Trim().Split(' ', '\t')[0];
        if (!CueTimestamp.TryParse(left, out var from) || !CueTimestamp.TryParse(right, out var to))
        {
            string bad = CueTimestamp.TryParse(left, out _) ? right : left;
            problems.Add(new CaptionProblem(timing + 1, $"'{Shorten(bad)}' is not a timestamp (expected hh:mm:ss,ttt); the cue was skipped."));
            return;
        }

        if (to < from)
        {
            problems.Add(new CaptionProblem(timing + 1, $"the cue ends ({CueTimestamp.FormatSrt(to)}) before it starts ({CueTimestamp.FormatSrt(from)}); the cue was skipped."));
            return;
        }

        var (plain, speaker) = CueText.ToPlain(string.Join('\n', lines.Skip(timing + 1).Take(end - timing - 1)));
        if (plain.Length > 0)
        {
            segments.Add(new TranscriptSegment { Start = from, End = to, Text = plain, Speaker = speaker });
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
