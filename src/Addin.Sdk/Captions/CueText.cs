using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Addin.Sdk.Captions;

/// <summary>Turns WebVTT cue markup into plain text and a speaker, and back.</summary>
public static partial class CueText
{
    /// <summary>
    /// Reads cue markup as the W3C WebVTT cue text parsing rules do (https://www.w3.org/TR/webvtt1/#cue-text-parsing-rules):
    /// tags (<c>&lt;c&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;v&gt;</c>, timestamps, unknown ones) are removed, character
    /// references such as <c>&amp;amp;</c> are decoded, and runs of whitespace, line breaks included, become one space.
    /// The speaker is the name in the first <c>&lt;v Name&gt;</c> voice.
    /// </summary>
    /// <remarks>
    /// As in the rules, a <c>&lt;</c> always starts a tag, and a tag that is not closed with <c>&gt;</c> runs to the end
    /// of the markup: <c>&lt;v It's late</c> is a voice named "It's late" with no text. A literal <c>&lt;</c> must be
    /// written <c>&amp;lt;</c>. The result is plain text, not markup: it may contain <c>&lt;</c> and <c>&amp;</c>
    /// (decoded from references) and must be encoded again wherever it is put into HTML.
    /// </remarks>
    public static (string Text, string? Speaker) ToPlain(string markup)
    {
        var cue = Read(markup);
        return (cue.Text, cue.Speaker);
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

        // With '>' escaped no text can contain "-->", so no line of it can be taken for a cue timing line.
        return sb.ToString();
    }

    /// <summary>Reads cue markup; also says where a tag that is not closed with '&gt;' starts, if there is one.</summary>
    internal static CueMarkup Read(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        string? speaker = null;
        int unclosedTagAt = -1;
        int position = 0;
        while (position < markup.Length)
        {
            int tagStart = markup.IndexOf('<', position);
            if (tagStart < 0)
            {
                text.Append(WebUtility.HtmlDecode(markup[position..]));
                break;
            }

            text.Append(WebUtility.HtmlDecode(markup[position..tagStart]));
            int tagEnd = markup.IndexOf('>', tagStart + 1);
            if (tagEnd < 0)
            {
                // The tokenizer reaches the end of the input inside the tag and still emits it, so whatever the tag
                // holds (for a voice, its name) counts, and no text follows.
                unclosedTagAt = tagStart;
                tagEnd = markup.Length;
            }

            speaker ??= VoiceName(markup.AsSpan(tagStart + 1, tagEnd - tagStart - 1));
            position = tagEnd + 1;
        }

        string plain = Whitespace().Replace(text.ToString(), " ").Trim();
        return new CueMarkup(plain, speaker, unclosedTagAt < 0 ? null : unclosedTagAt);
    }

    // The tag's contents between '<' and '>'. In the tokenizer a tag name ends at whitespace (annotation follows) or
    // '.' (classes follow); only a start tag named exactly "v" is a voice, and its annotation, with character
    // references decoded and whitespace collapsed, is the name. "<v>" and "<v.loud>" have no name.
    private static string? VoiceName(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 2 || tag[0] != 'v' || !IsTagWhitespace(tag[1]) && tag[1] != '.')
        {
            return null;
        }

        int annotationAt = tag.IndexOfAny(" \t\n\f");
        if (annotationAt < 0)
        {
            return null;
        }

        string name = Whitespace().Replace(WebUtility.HtmlDecode(tag[annotationAt..].ToString()), " ").Trim();
        return name.Length == 0 ? null : name;
    }

    private static bool IsTagWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Cue markup read as plain text.</summary>
/// <param name="Text">The plain text, whitespace collapsed.</param>
/// <param name="Speaker">The first voice's name, if any.</param>
/// <param name="UnclosedTagAt">Where in the markup a tag starts that is not closed with '&gt;' and so ran to the end.</param>
internal readonly record struct CueMarkup(string Text, string? Speaker, int? UnclosedTagAt);
