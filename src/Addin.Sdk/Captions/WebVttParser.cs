using Addin.Sdk.Transcription;

namespace Addin.Sdk.Captions;

/// <summary>
/// Reads WebVTT (W3C WebVTT, including Microsoft Teams transcripts with <c>&lt;v Speaker&gt;</c> voices).
/// A cue that cannot be read is skipped and reported with its line; a file that is not WebVTT at all is refused.
/// </summary>
public static class WebVttParser
{
    private const string Arrow = "-->";

    /// <summary>Parses the file's text.</summary>
    /// <exception cref="CaptionFormatException">The text does not start with the <c>WEBVTT</c> signature.</exception>
    public static CaptionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text.TrimStart('\uFEFF'));
        if (lines.Count == 0 || !IsSignature(lines[0]))
        {
            throw new CaptionFormatException(1, "the file does not start with 'WEBVTT'; it is not a WebVTT file. Export the transcript as WebVTT (.vtt) and try again.");
        }

        var segments = new List<TranscriptSegment>();
        var problems = new List<CaptionProblem>();
        int i = SkipBlock(lines, 0);
        while (i < lines.Count)
        {
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            i = ReadBlock(lines, i, segments, problems);
        }

        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new CaptionParseResult { Segments = segments, Problems = problems };
    }

    private static int ReadBlock(List<string> lines, int start, List<TranscriptSegment> segments, List<CaptionProblem> problems)
    {
        string first = lines[start];
        if (first.StartsWith("NOTE", StringComparison.Ordinal) && (first.Length == 4 || char.IsWhiteSpace(first[4])) ||
            first is "STYLE" or "REGION")
        {
            return SkipBlock(lines, start);
        }

        int timingLine = first.Contains(Arrow, StringComparison.Ordinal) ? start : start + 1;
        if (timingLine >= lines.Count || !lines[timingLine].Contains(Arrow, StringComparison.Ordinal))
        {
            problems.Add(new CaptionProblem(start + 1, $"expected a cue timing line like '00:00:01.000 --> 00:00:04.000' but found '{Shorten(first)}'; the block was skipped."));
            return SkipBlock(lines, start);
        }

        int end = SkipBlock(lines, start);
        var timing = ParseTiming(lines[timingLine]);
        if (timing.Error is not null)
        {
            problems.Add(new CaptionProblem(timingLine + 1, timing.Error + "; the cue was skipped."));
            return end;
        }

        var textLines = lines.Skip(timingLine + 1).Take(end - timingLine - 1).ToList();
        if (textLines.Any(l => l.Contains(Arrow, StringComparison.Ordinal)))
        {
            problems.Add(new CaptionProblem(timingLine + 2, "a cue's text contains '-->' (a blank line is missing between two cues?); the cue was skipped."));
            return end;
        }

        var (plain, speaker) = CueText.ToPlain(string.Join('\n', textLines));
        if (plain.Length > 0)
        {
            segments.Add(new TranscriptSegment { Start = timing.Start, End = timing.End, Text = plain, Speaker = speaker });
        }

        return end;
    }

    private static (TimeSpan Start, TimeSpan End, string? Error) ParseTiming(string line)
    {
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        string left = line[..arrow].Trim();
        string right = line[(arrow + Arrow.Length)..].TrimStart();
        int settings = right.IndexOfAny([' ', '\t']);
        if (settings >= 0)
        {
            right = right[..settings];
        }

        if (!CueTimestamp.TryParse(left, out var start))
        {
            return (default, default, $"'{Shorten(left)}' is not a timestamp (expected hh:mm:ss.ttt)");
        }

        if (!CueTimestamp.TryParse(right, out var end))
        {
            return (default, default, $"'{Shorten(right)}' is not a timestamp (expected hh:mm:ss.ttt)");
        }

        return end < start
            ? (default, default, $"the cue ends ({CueTimestamp.FormatVtt(end)}) before it starts ({CueTimestamp.FormatVtt(start)})")
            : (start, end, null);
    }

    private static bool IsSignature(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    private static int SkipBlock(List<string> lines, int start)
    {
        int i = start;
        while (i < lines.Count && lines[i].Length > 0)
        {
            i++;
        }

        return i;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
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
