using System.Text;
using System.Text.RegularExpressions;

namespace Addin.Plugins.Zoom;

/// <summary>
/// Zoom's cloud transcript is WebVTT whose cue text starts with the speaker as a prefix (<c>Ana Rivera: Good morning</c>),
/// not as a voice tag. This moves the prefix into a <c>&lt;v&gt;</c> tag so the transcript keeps its speakers.
/// </summary>
internal static partial class ZoomTranscript
{
    public static string WithVoices(string vtt)
    {
        var output = new StringBuilder(vtt.Length + 256);
        bool firstTextLine = false;
        foreach (string line in vtt.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Contains("-->", StringComparison.Ordinal))
            {
                firstTextLine = true;
                output.Append(line).Append('\n');
                continue;
            }

            var match = firstTextLine ? SpeakerPrefix().Match(line) : Match.Empty;
            output.Append(match.Success ? $"<v {match.Groups["speaker"].Value.Trim()}>{match.Groups["text"].Value}" : line).Append('\n');
            firstTextLine = false;
        }

        return output.ToString();
    }

    // A speaker name is short, has no markup or colon and does not start with a digit (so "10:30 is the time" stays text).
    [GeneratedRegex(@"^(?<speaker>[^:<>&\d][^:<>&]{0,79}): (?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPrefix();
}
