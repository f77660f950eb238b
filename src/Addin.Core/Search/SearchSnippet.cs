using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Addin.Core.Search;

/// <summary>The words around a match, cut into plain and matched parts: text, escaped wherever it is shown (<see cref="ToHtml"/>).</summary>
public sealed class SearchSnippet
{
    private const string Ellipsis = "…";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private SearchSnippet(IReadOnlyList<SnippetPart> parts) => Parts = parts;

    public IReadOnlyList<SnippetPart> Parts { get; }

    public string PlainText => string.Concat(Parts.Select(p => p.Text));

    /// <summary>
    /// Reads an engine's snippet of <paramref name="lineText"/> marked with <paramref name="marks"/>, with ellipses where
    /// it was cut. Control characters become spaces.
    /// </summary>
    public static SearchSnippet FromMarked(string marked, string lineText, SnippetMarks marks)
    {
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(lineText);
        ArgumentNullException.ThrowIfNull(marks);
        var parts = new List<SnippetPart>();
        int at = 0;
        bool inMatch = false;
        while (at < marked.Length)
        {
            string mark = inMatch ? marks.End : marks.Start;
            int next = marked.IndexOf(mark, at, StringComparison.Ordinal);
            string text = Shown(next < 0 ? marked[at..] : marked[at..next]);
            if (text.Length > 0)
            {
                parts.Add(new SnippetPart(text, inMatch));
            }

            at = next < 0 ? marked.Length : next + mark.Length;
            inMatch = !inMatch;
        }

        string plain = string.Concat(parts.Select(p => p.Text));
        string line = Shown(lineText);
        int start = plain.Length == 0 ? -1 : line.IndexOf(plain, StringComparison.Ordinal);
        if (start > 0 && line[..start].Trim().Length > 0)
        {
            parts.Insert(0, new SnippetPart(Ellipsis + " ", false));
        }

        if (start >= 0 && line[(start + plain.Length)..].Trim().Length > 0)
        {
            parts.Add(new SnippetPart(" " + Ellipsis, false));
        }

        return new SearchSnippet(parts);
    }

    /// <summary>A snippet of a whole line with nothing marked.</summary>
    public static SearchSnippet Plain(string lineText) => new([new SnippetPart(Shown(lineText ?? ""), false)]);

    /// <summary>HTML: every part encoded, matches in <c>&lt;mark&gt;</c>.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var part in Parts)
        {
            string encoded = Encoder.Encode(part.Text);
            html.Append(part.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }

    private static string Shown(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }
    });
}

/// <summary>Text of a snippet; <paramref name="IsMatch"/> when it is a matched word or phrase.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
