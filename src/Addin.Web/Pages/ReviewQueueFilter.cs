using System.Globalization;
using Addin.Core.Quality;

namespace Addin.Web.Pages;

/// <summary>
/// The review queue's filters as the page's query string gives them. A value that cannot be read is left out of the
/// filter and named in <see cref="Read"/>'s problems, so the page still shows what it can.
/// </summary>
public sealed record ReviewQueueFilter(
    QualityFlagKind? Kind = null,
    long? CourseId = null,
    long? InstructorId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    QualityFlagStatus? Status = QualityFlagStatus.Open,
    int SamplePercent = 0,
    int Seed = 0)
{
    public static (ReviewQueueFilter Filter, IReadOnlyList<string> Problems) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        var filter = new ReviewQueueFilter(
            Enum<QualityFlagKind>(query, "kind", problems),
            Id(query, "course", problems),
            Id(query, "instructor", problems),
            Date(query, "from", problems),
            Date(query, "to", problems),
            query["status"].ToString() is "all" ? null : Enum<QualityFlagStatus>(query, "status", problems) ?? QualityFlagStatus.Open,
            Number(query, "sample", 0, 100, problems),
            Number(query, "seed", 0, int.MaxValue, problems));
        return (filter, problems);
    }

    private static T? Enum<T>(IQueryCollection query, string name, List<string> problems)
        where T : struct, Enum
    {
        string value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (System.Enum.TryParse(value, ignoreCase: true, out T parsed) && System.Enum.IsDefined(parsed) && !value.All(char.IsAsciiDigit))
        {
            return parsed;
        }

        problems.Add($"'{value}' is not a {name} here; use one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    private static long? Id(IQueryCollection query, string name, List<string> problems)
    {
        string value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return id;
        }

        problems.Add($"The {name} '{value}' is not a number; pick one from the list.");
        return null;
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<string> problems)
    {
        string value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"The date '{value}' for '{name}' is not a date; write it as 2026-12-07.");
        return null;
    }

    private static int Number(IQueryCollection query, string name, int min, int max, List<string> problems)
    {
        string value = query[name].ToString();
        if (value.Length == 0)
        {
            return min;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max)
        {
            return number;
        }

        problems.Add($"'{value}' for '{name}' must be a whole number from {min} to {max}.");
        return min;
    }
}
