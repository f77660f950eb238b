using System.Globalization;

namespace Addin.Core.Courses;

/// <summary>
/// The languages a course's captions are translated into: BCP 47 tags such as <c>es</c> or <c>pt-BR</c>, given by an
/// instructor as tags or English names ("Spanish, French").
/// </summary>
public static class CaptionTranslationLanguages
{
    /// <summary>The most languages a course translates into; each costs a translation of every recording.</summary>
    public const int MaxLanguages = 5;

    /// <summary>The stored list's largest size (tags are at most 35 characters).</summary>
    public const int MaxStoredLength = MaxLanguages * 36;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByEnglishName = new(() =>
        CultureInfo.GetCultures(CultureTypes.AllCultures)
            .Where(c => c.Name.Length > 0)
            .GroupBy(c => c.EnglishName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Name.Length).First().Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The tags of an instructor's input, separated by commas, semicolons or lines; or what is wrong with it.</summary>
    public static (IReadOnlyList<string>? Tags, string? Problem) Parse(string? input)
    {
        var tags = new List<string>();
        foreach (string item in (input ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Tag(item) is not { } tag)
            {
                string shown = item.Length > 40 ? item[..40] + "…" : item;
                return (null, $"'{shown}' is not a language; write English names or tags, for example \"Spanish, French\" or \"es, fr, pt-BR\".");
            }

            if (!tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(tag);
            }
        }

        return tags.Count > MaxLanguages
            ? (null, $"{tags.Count} languages; captions are translated into at most {MaxLanguages}.")
            : (tags, null);
    }

    /// <summary>The stored tags, in order.</summary>
    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The tags as stored: separated by commas.</summary>
    public static string? Join(IEnumerable<string> tags) => tags.Any() ? string.Join(',', tags) : null;

    /// <summary>The language's English name, for labels: "Spanish", "Portuguese (Brazil)"; the tag itself when unknown.</summary>
    public static string Name(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return "Unknown language";
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? tag : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    /// <summary>A known language's canonical tag ("es", "pt-BR"), from a tag or an English name; null otherwise.</summary>
    private static string? Tag(string item)
    {
        if (ByEnglishName.Value.TryGetValue(item, out string? named))
        {
            return named;
        }

        if (item.Length > 35 || !item.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        try
        {
            // ICU makes up a culture for any well-formed tag ("xx"); only those it knows a language of count.
            var culture = CultureInfo.GetCultureInfo(item);
            return culture.ThreeLetterISOLanguageName.Length == 3 && !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) &&
                   !culture.EnglishName.Equals(item, StringComparison.OrdinalIgnoreCase)
                ? culture.Name
                : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
