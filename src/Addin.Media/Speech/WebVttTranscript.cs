using System.Globalization;
using System.Text;

namespace Addin.Media.Speech;

/// <summary>Writes cues as WebVTT with <c>&lt;v Speaker&gt;</c> voices.</summary>
internal static class WebVttTranscript
{
    public static string Write(IEnumerable<SpokenCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n");
        foreach (var cue in cues)
        {
            text.Append('\n')
                .Append(Timestamp(cue.Start)).Append(" --> ").Append(Timestamp(cue.End)).Append('\n')
                .Append("<v ").Append(Escape(cue.Speaker)).Append('>').Append(Escape(cue.Text)).Append('\n');
        }

        return text.ToString();
    }

    private static string Timestamp(TimeSpan time) => time.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

    // WebVTT cue text is markup: '&', '<' and '>' must be character references. A line break would end the cue at
    // the next blank line, so text stays on one line.
    private static string Escape(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
