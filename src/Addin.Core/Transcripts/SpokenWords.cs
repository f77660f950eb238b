using System.Globalization;
using System.Text;

namespace Addin.Core.Transcripts;

/// <summary>
/// Text reduced to the words as they are spoken, for comparing transcripts: lower case, no punctuation (apostrophes
/// dropped: "don't" is "dont"), hyphens and dashes split words, and numbers written out ("21" is "twenty one",
/// "3.5" "three point five", "2nd" "second", "50%" "fifty percent", "1,000" "one thousand").
/// </summary>
public static class SpokenWords
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Value, string Name)[] Scales = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["one"] = "first", ["two"] = "second", ["three"] = "third", ["five"] = "fifth", ["eight"] = "eighth", ["nine"] = "ninth", ["twelve"] = "twelfth",
    };

    public static IReadOnlyList<string> Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (string token in Tokens(text))
        {
            words.AddRange(Spell(token));
        }

        return words;
    }

    /// <summary>Splits at anything but letters, digits, apostrophes and number punctuation (1,000 · 3.5 · 50%).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        string lower = text.ToLowerInvariant();
        for (int i = 0; i < lower.Length; i++)
        {
            char c = lower[i];
            bool inNumber = token.Length > 0 && char.IsAsciiDigit(token[^1]) && i + 1 < lower.Length && char.IsAsciiDigit(lower[i + 1]);
            if (char.IsLetterOrDigit(c) || c == '%' || (inNumber && c is '.' or ','))
            {
                token.Append(c);
            }
            else if (c is not ('\'' or '’'))
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                }

                token.Clear();
            }
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static IEnumerable<string> Spell(string token)
    {
        bool percent = token.EndsWith('%');
        string bare = token.Replace("%", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        string suffix = bare.Length > 2 && char.IsAsciiDigit(bare[^3]) ? bare[^2..] : "";
        var words = new List<string>();
        if (suffix is "st" or "nd" or "rd" or "th" && long.TryParse(bare[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out long ordinal))
        {
            words.AddRange(Cardinal(ordinal));
            words[^1] = Ordinal(words[^1]);
        }
        else if (bare.Split('.') is [var whole, var fraction] && long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out long integer) && fraction.All(char.IsAsciiDigit))
        {
            words.AddRange(Cardinal(integer));
            words.Add("point");
            words.AddRange(fraction.Select(d => Ones[d - '0']));
        }
        else if (long.TryParse(bare, NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            words.AddRange(Cardinal(number));
        }
        else if (bare.Length > 0)
        {
            words.Add(bare);
        }

        if (percent)
        {
            words.Add("percent");
        }

        return words;
    }

    private static List<string> Cardinal(long number)
    {
        if (number < 20)
        {
            return [Ones[number]];
        }

        if (number < 100)
        {
            return number % 10 == 0 ? [Tens[number / 10]] : [Tens[number / 10], Ones[number % 10]];
        }

        if (number < 1000)
        {
            return [Ones[number / 100], "hundred", .. number % 100 == 0 ? [] : Cardinal(number % 100)];
        }

        var (scale, name) = Scales.First(s => number >= s.Value || s.Value == 1000);
        return number >= scale * 1000 && scale == Scales[0].Value
            ? [.. number.ToString(CultureInfo.InvariantCulture).Select(d => Ones[d - '0'])]
            : [.. Cardinal(number / scale), name, .. number % scale == 0 ? [] : Cardinal(number % scale)];
    }

    private static string Ordinal(string word) =>
        Ordinals.TryGetValue(word, out string? ordinal) ? ordinal
        : word.EndsWith('y') ? word[..^1] + "ieth"
        : word + "th";
}
