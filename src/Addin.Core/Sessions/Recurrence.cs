using System.Globalization;

namespace Addin.Core.Sessions;

/// <summary>
/// How a session repeats: weekly on some days, until a date or for a number of sessions. Written as
/// <c>weekly:MO,WE;until=2027-03-31</c> or <c>weekly:TU;count=10</c>; empty or <c>none</c> is a one-off session.
/// </summary>
public sealed record Recurrence(IReadOnlySet<DayOfWeek> Days, DateOnly? Until, int? Count)
{
    /// <summary>The most sessions one series may create, so a typo cannot fill the calendar for decades.</summary>
    public const int MaxSessions = 500;

    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public const string Example = "weekly:MO,WE;until=2027-03-31 or weekly:TU;count=10";

    /// <summary>Reads a recurrence; null for a one-off session.</summary>
    /// <exception cref="FormatException">It is not in the form above; the message shows the form.</exception>
    public static Recurrence? Parse(string? text)
    {
        string value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string[] parts = value.Split(';', StringSplitOptions.TrimEntries);
        string[] rule = parts[0].Split(':', 2, StringSplitOptions.TrimEntries);
        if (!rule[0].Equals("weekly", StringComparison.OrdinalIgnoreCase) || rule.Length < 2 || rule[1].Length == 0)
        {
            throw new FormatException($"recurrence '{value}' is not understood; write it as {Example}.");
        }

        var days = new HashSet<DayOfWeek>();
        foreach (string code in rule[1].Split(',', StringSplitOptions.TrimEntries))
        {
            int day = Array.FindIndex(DayCodes, d => d.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (day < 0)
            {
                throw new FormatException($"recurrence day '{code}' is not one of {string.Join(",", DayCodes)}.");
            }

            days.Add((DayOfWeek)day);
        }

        DateOnly? until = null;
        int? count = null;
        foreach (string part in parts.Skip(1).Where(p => p.Length > 0))
        {
            string[] pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            switch (pair[0].ToLowerInvariant())
            {
                case "until" when pair.Length == 2 && DateOnly.TryParseExact(pair[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    until = date;
                    break;
                case "count" when pair.Length == 2 && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is > 0 and <= MaxSessions:
                    count = n;
                    break;
                default:
                    throw new FormatException($"recurrence part '{part}' is not understood; use until=YYYY-MM-DD or count=N (1 to {MaxSessions}).");
            }
        }

        if (until is null == count is null)
        {
            throw new FormatException($"recurrence '{value}' needs exactly one end: until=YYYY-MM-DD or count=N, e.g. {Example}.");
        }

        return new Recurrence(days, until, count);
    }

    public override string ToString()
    {
        string days = string.Join(",", Enumerable.Range(0, 7).Where(d => Days.Contains((DayOfWeek)d)).Select(d => DayCodes[d]));
        string end = Until is { } u ? "until=" + u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "count=" + Count!.Value.ToString(CultureInfo.InvariantCulture);
        return $"weekly:{days};{end}";
    }
}
