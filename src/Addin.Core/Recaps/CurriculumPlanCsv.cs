using System.Globalization;
using Addin.Sdk.Summaries;

namespace Addin.Core.Recaps;

/// <summary>
/// Reads a curriculum plan from CSV (RFC 4180, a header row): <c>topic,keywords,planned_minutes</c>. Keywords are
/// separated by semicolons; planned minutes may be empty. Rows are the plan's order.
/// </summary>
public static class CurriculumPlanCsv
{
    private static readonly string[] Columns = ["topic", "keywords", "planned_minutes"];

    /// <summary>Reads the plan.</summary>
    /// <exception cref="FormatException">A row or the header is wrong; the message names the line and the fix.</exception>
    public static IReadOnlyList<CurriculumTopic> Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var rows = CsvRows.Read(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new FormatException($"the curriculum plan is empty; its first line must be the header '{string.Join(',', Columns)}'.");
        }

        var header = rows.Current.Fields.Select(h => h.ToLowerInvariant()).ToList();
        string[] missing = [.. Columns.Where(c => !header.Contains(c))];
        if (missing.Length > 0)
        {
            throw new FormatException($"line {rows.Current.Line}: the header lacks {string.Join(", ", missing)}; it must be '{string.Join(',', Columns)}'.");
        }

        int[] column = [.. Columns.Select(c => header.IndexOf(c))];
        var topics = new List<CurriculumTopic>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            string Field(int index) => column[index] < fields.Count ? fields[column[index]] : "";
            string title = Field(0);
            string id = Slug(title);
            if (id.Length == 0)
            {
                throw new FormatException($"line {line}: the topic is empty; every row needs a topic title.");
            }

            if (!ids.Add(id))
            {
                throw new FormatException($"line {line}: the topic '{title}' is already in the plan; give each topic its own title.");
            }

            string[] keywords = [.. Field(1).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            topics.Add(new CurriculumTopic { Id = id, Title = title, Keywords = keywords, PlannedDuration = PlannedMinutes(Field(2), line) });
        }

        return topics;
    }

    private static TimeSpan? PlannedMinutes(string text, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double minutes) && minutes > 0 && minutes <= 24 * 60
            ? TimeSpan.FromMinutes(minutes)
            : throw new FormatException($"line {line}: planned_minutes '{text}' is not a number of minutes between 0 and 1440 (write 12 or 7.5, or leave it empty).");
    }

    // A stable id from the title: "Adding Fractions (2)" becomes "adding-fractions-2".
    private static string Slug(string title) => string.Join('-', QuoteText.Normalise(title).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
