using System.Text;

namespace Addin.Core.Courses;

/// <summary>Makes course keys: lower-case, ASCII letters, digits and dashes, safe as folder and URL names.</summary>
public static class CourseKeys
{
    private const int MaxLength = 40;

    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }

            if (sb.Length >= MaxLength)
            {
                break;
            }
        }

        string slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "course" : slug;
    }
}
