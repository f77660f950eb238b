using System.Globalization;

namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>The instructions and messages sent to the model.</summary>
internal static class TranslationPrompt
{
    public static string System(string fromLanguage, string toLanguage) => $$"""
        You translate the captions of a recorded lesson {{From(fromLanguage)}} into {{Name(toLanguage)}}.
        You are given JSON {"lines":[{"n":1,"text":"..."},...]}: caption lines in order, numbered from 1.
        Answer with JSON of the same form: exactly one entry for each line given, with the same n, in the same order,
        whose text is that line translated. Never merge, split, drop or add lines; a line that is cut mid-sentence stays cut.
        Keep names of people, numbers, formulas and code as they are. Translate only; add no notes. Answer with the JSON only.
        """;

    public static string Repair(string problem, int count) =>
        $"Your answer could not be used: {problem}. Answer again with JSON {{\"lines\":[…]}} holding exactly {count} entries, " +
        $"n from 1 to {count} in order, one for each line given, each with its translated text.";

    /// <summary>A language tag as the model reads it best: "Spanish (es)".</summary>
    public static string Name(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) || culture.EnglishName == tag ? tag : $"{culture.EnglishName} ({tag})";
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    private static string From(string tag) => string.IsNullOrWhiteSpace(tag) || tag == "und" ? "from the language they are in" : $"from {Name(tag)}";
}
