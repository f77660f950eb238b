using System.Text;
using Addin.Sdk.Transcription;

namespace Addin.Sdk.Captions;

/// <summary>Writes segments as WebVTT, speakers as <c>&lt;v&gt;</c> voices, text escaped so it can never be markup.</summary>
public static class WebVttWriter
{
    /// <summary>Writes the segments.</summary>
    public static string Write(IEnumerable<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var sb = new StringBuilder("WEBVTT\n");
        int number = 0;
        foreach (var segment in segments)
        {
            number++;
            sb.Append('\n').Append(number).Append('\n')
              .Append(CueTimestamp.FormatVtt(segment.Start)).Append(" --> ").Append(CueTimestamp.FormatVtt(segment.End)).Append('\n');
            if (segment.Speaker is { Length: > 0 } speaker)
            {
                sb.Append("<v ").Append(CueText.Escape(speaker)).Append('>');
            }

            // A blank line would end the cue early, so text lines are joined without empty ones.
            var lines = segment.Text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l));
            sb.Append(CueText.Escape(string.Join('\n', lines))).Append('\n');
        }

        return sb.ToString();
    }
}
