using System.Text;
using System.Text.RegularExpressions;
using Addin.Sdk.Transcription;

namespace Addin.Sdk.Captions;

/// <summary>Writes segments as WebVTT, speakers as <c>&lt;v&gt;</c> voices, text escaped so it can never be markup.</summary>
public static partial class WebVttWriter
{
    /// <summary>Writes the segments.</summary>
    /// <remarks>
    /// <see cref="WebVttParser"/> reads the result back to the same segments, with whitespace collapsed as it always
    /// does. A segment with no text (only whitespace) has nothing to show and is left out.
    /// </remarks>
    public static string Write(IEnumerable<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var sb = new StringBuilder("WEBVTT\n");
        int number = 0;
        foreach (var segment in segments)
        {
            // A blank line would end the cue early, and any line break (CR, LS, NEL… included) is one for some
            // reader, so text keeps only its non-blank lines, joined with LF.
            var lines = segment.Text.ReplaceLineEndings("\n").Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            number++;
            sb.Append('\n').Append(number).Append('\n')
              .Append(CueTimestamp.FormatVtt(segment.Start)).Append(" --> ").Append(CueTimestamp.FormatVtt(segment.End)).Append('\n');
            // A voice name is one line of collapsed whitespace, as the parser reads it back.
            if (segment.Speaker is not null && Whitespace().Replace(segment.Speaker, " ").Trim() is { Length: > 0 } speaker)
            {
                // A name ending in "--" would make "-->" with the closing '>', and a line containing "-->" starts a new
                // cue; the space keeps them apart and the parser trims it from the name.
                sb.Append("<v ").Append(CueText.Escape(speaker)).Append(speaker.EndsWith('-') ? " >" : ">");
            }

            sb.Append(CueText.Escape(string.Join('\n', lines))).Append('\n');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
