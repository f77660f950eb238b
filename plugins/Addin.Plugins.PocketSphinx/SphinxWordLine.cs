using System.Globalization;
using System.Text.RegularExpressions;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx;

/// <summary>
/// Reads one line of <c>pocketsphinx_continuous -time yes</c>: <c>word start end posterior</c> (seconds, probability),
/// after each utterance's plain hypothesis line. Fillers (<c>&lt;s&gt;</c>, <c>&lt;sil&gt;</c>, <c>[NOISE]</c>) are
/// not words; an alternative pronunciation's marker (<c>can(2)</c>) is dropped.
/// </summary>
internal static partial class SphinxWordLine
{
    /// <summary>The line's timing, or null for any other line; <paramref name="word"/> is null for a filler.</summary>
    public static bool TryParse(string line, out TimeSpan end, out TranscriptWord? word)
    {
        var m = Timed().Match(line);
        (end, word) = (TimeSpan.Zero, null);
        if (!m.Success)
        {
            return false;
        }

        end = Seconds(m.Groups["end"].Value);
        string text = m.Groups["word"].Value;
        if (text[0] is not ('<' or '[' or '+'))
        {
            word = new TranscriptWord(Seconds(m.Groups["start"].Value), end, text, Math.Clamp(double.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture), 0, 1));
        }

        return true;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\A(?<word>[^\s(]+)(\(\d+\))? (?<start>\d+\.\d+) (?<end>\d+\.\d+) (?<p>-?\d+(\.\d+)?)\z")]
    private static partial Regex Timed();
}
