using System.Globalization;
using Addin.Core.Recaps;

namespace Addin.Core.Risk;

/// <summary>
/// Reads an activity CSV (RFC 4180, a header row): <c>student,course,date,kind,value</c>. Each row is checked on its own:
/// good rows are returned, bad rows come back as problems naming the line, the column and the fix.
/// </summary>
public static class ActivityCsv
{
    public const string Header = "student,course,date,kind,value";

    private static readonly string[] Columns = Header.Split(',');

    private static readonly Dictionary<string, ActivityKind> Kinds = Enum.GetValues<ActivityKind>()
        .ToDictionary(KindName, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind as the CSV writes it: <c>activity_count</c>.</summary>
    public static string KindName(ActivityKind kind) => kind switch
    {
        ActivityKind.ActivityCount => "activity_count",
        ActivityKind.AssessmentScore => "assessment_score",
        ActivityKind.AssessmentDue => "assessment_due",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The good rows and the problems, in file order.</summary>
    /// <exception cref="FormatException">The header is wrong or a quoted field is not closed: nothing can be read.</exception>
    public static (IReadOnlyList<ActivityRow> Rows, IReadOnlyList<ActivityProblem> Problems) Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var rows = CsvRows.Read(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new FormatException($"the file is empty; its first line must be the header '{Header}'.");
        }

        var header = rows.Current.Fields.Select(h => h.ToLowerInvariant()).ToList();
        string[] missing = [.. Columns.Where(c => !header.Contains(c))];
        if (missing.Length > 0)
        {
            throw new FormatException($"line {rows.Current.Line}: the header lacks {string.Join(", ", missing)}; it must be '{Header}'.");
        }

        int[] column = [.. Columns.Select(c => header.IndexOf(c))];
        var good = new List<ActivityRow>();
        var problems = new List<ActivityProblem>();
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            var (row, problem) = Check(line, [.. column.Select(c => c < fields.Count ? fields[c] : "")]);
            if (row is not null)
            {
                good.Add(row);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        return (good, problems);
    }

    private static (ActivityRow?, ActivityProblem?) Check(int line, string[] field)
    {
        ActivityProblem Problem(string column, string problem, string fix) => new(line, column, problem, fix);
        if (field[0].Length is 0 or > 255)
        {
            return (null, Problem("student", "the student id is empty or longer than 255 characters.", "Give the student's LMS user id (the LTI 'sub' the LMS sends at launch)."));
        }

        if (field[1].Length is 0 or > 255)
        {
            return (null, Problem("course", "the course id is empty or longer than 255 characters.", "Give the course's LMS id (the LTI context id)."));
        }

        if (!DateOnly.TryParseExact(field[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, Problem("date", $"'{field[2]}' is not a date.", "Write it as YYYY-MM-DD, for example 2026-09-14."));
        }

        if (!Kinds.TryGetValue(field[3], out var kind))
        {
            return (null, Problem("kind", $"'{field[3]}' is not a kind of activity.", $"Use one of {string.Join(", ", Kinds.Keys)}."));
        }

        if (!double.TryParse(field[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            return (null, Problem("value", $"'{field[4]}' is not a number.", "Write a number with a dot for decimals, for example 0.75."));
        }

        var (normal, fix) = Normalise(kind, value);
        return normal is { } v
            ? (new ActivityRow(line, field[0], field[1], date, kind, v), null)
            : (null, Problem("value", $"{field[4]} is not a valid {KindName(kind)}.", fix!));
    }

    private static (double?, string?) Normalise(ActivityKind kind, double value) => kind switch
    {
        ActivityKind.Attendance when value is 0 or 1 => (value, null),
        ActivityKind.Attendance => (null, "Write 1 when the student attended the session and 0 when they missed it."),
        ActivityKind.Outcome when value is 0 or 1 => (value, null),
        ActivityKind.Outcome => (null, "Write 1 when the student passed the course and 0 when they failed or dropped out."),
        ActivityKind.AssessmentScore when value is >= 0 and <= 1 => (value, null),
        ActivityKind.AssessmentScore when value is > 1 and <= 100 => (value / 100, null),
        ActivityKind.AssessmentScore => (null, "Write the score as a fraction from 0 to 1 or a percentage from 0 to 100."),
        _ when value >= 0 && value == Math.Floor(value) => (value, null),
        _ => (null, "Write a whole number of 0 or more."),
    };
}
