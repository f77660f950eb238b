using System.Globalization;
using System.Text;

namespace Addin.Core.Search;

/// <summary>
/// What a person typed into a search box, made safe for any full-text engine: a list of parts that must all appear,
/// each one word or a quoted phrase of words. Only letters and digits survive, anything else separates words (engine syntax such as <c>*</c>,
/// <c>-</c>, <c>:</c>, <c>^</c> or parentheses cannot reach the engine); an unclosed quote is closed at the end;
/// AND/OR/NOT/NEAR are dropped; long input is cut. <see cref="Text"/> says what was searched and
/// <see cref="Adjustments"/> why it differs from what was typed.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxInputLength = 200;
    public const int MaxParts = 10;

    private static readonly string[] Operators = ["AND", "OR", "NOT", "NEAR"];

    private SearchQuery(IReadOnlyList<string> parts, IReadOnlyList<string> adjustments)
    {
        Parts = parts;
        Adjustments = adjustments;
        Text = string.Join(' ', parts.Select(p => p.Contains(' ', StringComparison.Ordinal) ? $"\"{p}\"" : p));
    }

    /// <summary>The parts that must all appear: one word, or several words that must appear together in this order.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>What was searched, as it could be typed again: <c>factoring "quadratic equation"</c>.</summary>
    public string Text { get; }

    /// <summary>Why <see cref="Text"/> differs from what was typed; empty when it does not.</summary>
    public IReadOnlyList<string> Adjustments { get; }

    public bool IsEmpty => Parts.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var adjustments = new List<string>();
        string raw = input ?? "";
        if (raw.Length > MaxInputLength)
        {
            raw = raw[..MaxInputLength];
            adjustments.Add($"Only the first {MaxInputLength} characters were searched.");
        }

        var parts = new List<string>();
        bool droppedOperator = false;
        string[] pieces = raw.Split('"');
        if (pieces.Length % 2 == 0)
        {
            adjustments.Add("The unclosed quote was closed at the end.");
        }

        for (int i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1)
            {
                string phrase = Words(pieces[i]);
                if (phrase.Length > 0)
                {
                    parts.Add(phrase);
                }

                continue;
            }

            foreach (string word in Words(pieces[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Operators.Contains(word, StringComparer.Ordinal))
                {
                    droppedOperator = true;
                    continue;
                }

                parts.Add(word);
            }
        }

        if (droppedOperator)
        {
            adjustments.Add("AND, OR, NOT and NEAR are not search operators here: every word must appear.");
        }

        if (parts.Count > MaxParts)
        {
            parts.RemoveRange(MaxParts, parts.Count - MaxParts);
            adjustments.Add($"Only the first {MaxParts} words and phrases were searched.");
        }

        if (parts.Count == 0 && raw.Trim().Length > 0)
        {
            adjustments.Add("Type words with letters or digits to search.");
        }

        return new SearchQuery(parts, adjustments);
    }

    /// <summary>The letters and digits of <paramref name="text"/> as words separated by single spaces.</summary>
    private static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Surrogates are never letters on their own, and a lone one would make Normalize throw.
        foreach (char c in new string(text.Where(c => !char.IsSurrogate(c)).ToArray()).Normalize(NormalizationForm.FormC))
        {
            bool keep = char.IsLetterOrDigit(c) || char.IsNumber(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
