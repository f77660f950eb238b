using System.Globalization;
using System.Text;

namespace Addin.Core.Recaps;

/// <summary>Text as quotes are compared: compatibility-normalised, lower case, punctuation and spacing reduced to single spaces.</summary>
public static class QuoteText
{
    /// <summary>Normalises <paramref name="text"/>; "Wait — I don’t get it!" becomes "wait i don t get it".</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
