using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Addin.Sdk.Captions;

/// <summary>Turns WebVTT cue markup into plain text and a speaker, and back.</summary>
public static partial class CueText
{
    /// <summary>Strips cue markup (<c>&lt;c&gt;</c>, <c>&lt;b&gt;</c>, timestamps, …), decodes entities and returns the first voice.</summary>
    public static (string Text, string? Speaker) ToPlain(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        string? speaker = null;
        var voice = VoiceTag().Match(markup);
        if (voice.Success)
        {
            speaker = WebUtility.HtmlDecode(voice.Groups["name"].Value).Trim();
            if (speaker.Length == 0)
            {
                speaker = null;
            }
        }

        string withoutTags = AnyTag().Replace(markup, "");
        string decoded = WebUtility.HtmlDecode(withoutTags).Replace('\u200E', ' ').Replace('\u200F', ' ');
        return (Whitespace().Replace(decoded, " ").Trim(), speaker);
    }

    /// <summary>Escapes plain text for a WebVTT cue, so that no text can become markup.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        // "-->" would end a cue's timing line if it ever started one; it is harmless in text once '>' is escaped.
        return sb.ToString();
    }

    [GeneratedRegex(@"<v(?:\.[^\s>]*)?[ \t]+(?<name>[^>]*)>")]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"<[^>]*>?")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
