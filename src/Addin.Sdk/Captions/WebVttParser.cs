using Addin.Sdk.Transcription;

namespace Addin.Sdk.Captions;

/// <summary>
/// Reads WebVTT (W3C WebVTT, including Microsoft Teams transcripts with <c>&lt;v Speaker&gt;</c> voices).
/// A cue that cannot be read is skipped and reported with its line; a file that is not WebVTT at all is refused.
/// </summary>
/// <remarks>
/// Blocks are collected as in the W3C "WebVTT parser algorithm" (https://www.w3.org/TR/webvtt1/#file-parsing): a block
/// ends at a blank line, and also at a line containing <c>--&gt;</c> that is not its first line (nor its second after
/// an identifier). Such a line starts the next block, so a cue that follows another without a blank line, or right
/// after the <c>WEBVTT</c> header, is still read. Deliberate differences from the algorithm:
/// <list type="bullet">
/// <item>Timestamps are read leniently (see <see cref="CueTimestamp.TryParse"/>), so Teams' <c>0:0:5.32</c> works.</item>
/// <item>A line of only whitespace separates blocks like an empty one, as most writers mean it to.</item>
/// <item>A cue that ends before it starts, or that has no text, is skipped and reported rather than kept.</item>
/// <item>Blocks the algorithm silently ignores (text without a timing line, a timing line it cannot read) are reported.</item>
/// </list>
/// </remarks>
public static class WebVttParser
{
    private const string Arrow = "-->";

    /// <summary>Parses the file's text.</summary>
    /// <exception cref="CaptionFormatException">The text does not start with the <c>WEBVTT</c> signature.</exception>
    public static CaptionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        if (!IsSignature(lines[0]))
        {
            throw new CaptionFormatException(1, "the file does not start with 'WEBVTT'; it is not a WebVTT file. Export the transcript as WebVTT (.vtt) and try again.");
        }

        var segments = new List<TranscriptSegment>();
        var problems = new List<CaptionProblem>();
        if (lines[0].Contains(Arrow, StringComparison.Ordinal))
        {
            problems.Add(new CaptionProblem(1, "the WEBVTT line contains '-->', but a cue cannot start on it; put the cue after a blank line. Anything on the WEBVTT line was ignored."));
        }

        // The header: any lines right after WEBVTT (metadata such as "Kind: captions") up to a blank line or, as the
        // algorithm's "in header" flag says, up to a line with "-->", which then starts the first cue.
        int i = 1;
        while (i < lines.Count && lines[i].Length > 0 && !lines[i].Contains(Arrow, StringComparison.Ordinal))
        {
            i++;
        }

        bool inCueText = false;
        while (i < lines.Count)
        {
            if (lines[i].Length == 0)
            {
                i++;
                inCueText = false;
                continue;
            }

            (i, bool wasCue) = ReadBlock(lines, i, inCueText, segments, problems);
            // A block that ends on a "-->" line without a blank line: that line was in the cue's text.
            inCueText = wasCue && i < lines.Count && lines[i].Length > 0;
        }

        // Stable, so cues that start together keep the file's order.
        return new CaptionParseResult { Segments = [.. segments.OrderBy(s => s.Start)], Problems = problems };
    }

    /// <summary>Collects one block from <paramref name="start"/>; returns the index of the line after it and whether it had a timing line.</summary>
    private static (int End, bool WasCue) ReadBlock(List<string> lines, int start, bool inCueText, List<TranscriptSegment> segments, List<CaptionProblem> problems)
    {
        int timingLine = -1;
        int i = start;
        for (int lineCount = 1; i < lines.Count && lines[i].Length > 0; lineCount++, i++)
        {
            if (lines[i].Contains(Arrow, StringComparison.Ordinal))
            {
                if (timingLine < 0 && lineCount <= 2)
                {
                    timingLine = i;
                    continue;
                }

                break;
            }
        }

        int end = i;
        if (timingLine < 0)
        {
            if (!IsIgnoredBlock(lines[start]))
            {
                problems.Add(new CaptionProblem(start + 1, $"expected a cue timing line like '00:00:01.000 --> 00:00:04.000' but found '{Shorten(lines[start])}'; the block was skipped{LineRange(start, end)}."));
            }

            return (end, false);
        }

        var timing = ParseTiming(lines[timingLine]);
        if (timing.Error is not null)
        {
            string message = inCueText
                ? $"a line of cue text contains '-->' but is not a cue timing line ({timing.Error}); write '--&gt;' in cue text, or add the blank line missing before a new cue. {(end - start > 1 ? $"Lines {start + 1}-{end} were" : "The line was")} skipped."
                : $"{timing.Error}; the cue was skipped{LineRange(start, end)}.";
            problems.Add(new CaptionProblem(timingLine + 1, message));
            return (end, true);
        }

        int firstText = timingLine + 1;
        string markup = string.Join('\n', lines.Skip(firstText).Take(end - firstText));
        var cue = CueText.Read(markup);
        if (cue.UnclosedTagAt is int at)
        {
            int lineEnd = markup.IndexOf('\n', at) is var lf and >= 0 ? lf : markup.Length;
            int line = firstText + markup.AsSpan(0, at).Count('\n');
            string effect = cue.Text.Length == 0 ? "no text is left, so the cue was skipped" : "the text after it was dropped";
            problems.Add(new CaptionProblem(line + 1, $"the tag '{Shorten(markup[at..lineEnd])}' is not closed with '>', so everything after its '<' is read as markup and {effect}; write '&lt;' for a literal '<'."));
            if (cue.Text.Length == 0)
            {
                return (end, true);
            }
        }
        else if (cue.Text.Length == 0)
        {
            problems.Add(new CaptionProblem(timingLine + 1, $"the cue has no text; it was skipped{LineRange(start, end)}."));
            return (end, true);
        }

        segments.Add(new TranscriptSegment { Start = timing.Start, End = timing.End, Text = cue.Text, Speaker = cue.Speaker });
        return (end, true);
    }

    // "Collect WebVTT cue timings and settings": a timestamp, whitespace, "-->", whitespace, a timestamp, and whatever
    // follows the end timestamp is cue settings (even with no whitespace before it, as in "00:01.000line:40%").
    private static (TimeSpan Start, TimeSpan End, string? Error) ParseTiming(string line)
    {
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        string left = line[..arrow].Trim();
        string afterArrow = line[(arrow + Arrow.Length)..].TrimStart();
        string right = afterArrow[..TimestampLength(afterArrow)];
        if (left.Length == 0 || right.Length == 0)
        {
            return (default, default, $"'{Shorten(line.Trim())}' is not a cue timing line (expected hh:mm:ss.ttt --> hh:mm:ss.ttt)");
        }

        if (!CueTimestamp.TryParse(left, out var start))
        {
            return (default, default, $"'{Shorten(left)}' is not a timestamp (expected hh:mm:ss.ttt)");
        }

        if (!CueTimestamp.TryParse(right, out var end))
        {
            return (default, default, $"'{Shorten(afterArrow.Split(' ', '\t')[0])}' is not a timestamp (expected hh:mm:ss.ttt)");
        }

        return end < start
            ? (default, default, $"the cue ends ({CueTimestamp.FormatVtt(end)}) before it starts ({CueTimestamp.FormatVtt(start)})")
            : (start, end, null);
    }

    // The length of the leading "digits and colons, then '.' or ',' and digits" run; CueTimestamp judges it.
    private static int TimestampLength(string text)
    {
        int i = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ':'))
        {
            i++;
        }

        if (i < text.Length && text[i] is '.' or ',')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    // NOTE comments, STYLE and REGION blocks carry no cue text; the algorithm ignores them and so do we.
    private static bool IsIgnoredBlock(string first) =>
        (first.StartsWith("NOTE", StringComparison.Ordinal) && (first.Length == 4 || first[4] is ' ' or '\t')) ||
        first.TrimEnd() is "STYLE" or "REGION";

    private static bool IsSignature(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    // Where a skipped block spans several lines, say which; a one-line block is the line the problem names.
    private static string LineRange(int start, int end) => end - start > 1 ? $" (lines {start + 1}-{end})" : "";

    private static List<string> SplitLines(string text)
    {
        // As the algorithm prescribes: one leading BOM dropped, NUL replaced, CRLF and lone CR turned into LF.
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var lines = text.Replace('\0', '\uFFFD').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                lines[i] = "";
            }
        }

        return lines;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
