using System.Globalization;
using System.Text;

namespace Addin.Plugins.LocalSummariser;

/// <summary>Words as the summariser compares them: lower case, letters and digits only ("Don't!" gives "don", "t").</summary>
internal static class Words
{
    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Where <paramref name="phrase"/> occurs as whole words in <paramref name="words"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return -1;
        }

        for (int i = 0; i + phrase.Count <= words.Count; i++)
        {
            int j = 0;
            while (j < phrase.Count && words[i + j] == phrase[j])
            {
                j++;
            }

            if (j == phrase.Count)
            {
                return i;
            }
        }

        return -1;
    }
}
