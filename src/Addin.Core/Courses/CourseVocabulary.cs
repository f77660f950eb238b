using System.Globalization;

namespace Addin.Core.Courses;

/// <summary>
/// A course's vocabulary: terms and names said in its sessions, one a line. Engines that take hints get it with every
/// recording of the course, and the caption editor suggests it.
/// </summary>
public static class CourseVocabulary
{
    /// <summary>The most terms a course keeps; engines read only the first few hundred characters of hints anyway.</summary>
    public const int MaxTerms = 100;

    /// <summary>The longest term, in characters.</summary>
    public const int MaxTermLength = 60;

    /// <summary>The stored list's largest size: every term at its longest, each with its line break.</summary>
    public const int MaxStoredLength = MaxTerms * (MaxTermLength + 1);

    /// <summary>
    /// The terms of an instructor's input, one a line: trimmed, inner spaces collapsed, blank lines and repeats (ignoring
    /// case) left out; or what is wrong with it, naming the line.
    /// </summary>
    public static (IReadOnlyList<string>? Terms, string? Problem) Parse(string? input)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string[] lines = (input ?? "").ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string term = string.Join(' ', lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (term.Length == 0)
            {
                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"line {i + 1}");
            if (term.Any(char.IsControl))
            {
                return (null, $"{where} holds a control character; write plain text, one term a line.");
            }

            if (term.Length > MaxTermLength)
            {
                return (null, $"{where} is {term.Length} characters long; a term may have at most {MaxTermLength} (write one term a line).");
            }

            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms.Count > MaxTerms
            ? (null, $"{terms.Count} terms; a course may have at most {MaxTerms}. Keep the names and terms engines most often get wrong.")
            : (terms, null);
    }

    /// <summary>The stored terms, in order.</summary>
    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The terms as stored: one a line.</summary>
    public static string? Join(IReadOnlyList<string> terms) => terms.Count == 0 ? null : string.Join('\n', terms);
}
