using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Courses;

/// <summary>Makes course keys: lower-case, ASCII letters, digits and dashes, safe as folder and URL names.</summary>
public static class CourseKeys
{
    private const int MaxLength = 40;

    /// <summary>A key made from <paramref name="text"/> that no course has yet (numbered when the plain one is taken).</summary>
    public static async Task<string> NewAsync(IQueryable<Course> courses, string text, CancellationToken cancellationToken)
    {
        string stem = Slug(text);
        string key = stem;
        for (int n = 2; await courses.AnyAsync(c => c.Key == key, cancellationToken); n++)
        {
            key = $"{stem}-{n}";
        }

        return key;
    }

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
