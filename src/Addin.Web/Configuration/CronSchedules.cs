using Cronos;

namespace Addin.Web.Configuration;

/// <summary>The cron expressions recurring jobs are scheduled by (UTC): five fields, or six with a leading field of seconds, as the job engine takes them.</summary>
internal static class CronSchedules
{
    public static bool IsValid(string? value) => Parse(value) is not null;

    /// <summary>The latest time the schedule fired at or before <paramref name="now"/> within the last year; null when it did not.</summary>
    public static DateTimeOffset? LatestOccurrence(string value, DateTimeOffset now)
    {
        var cron = Parse(value) ?? throw new ArgumentException($"'{value}' is not a cron expression.", nameof(value));
        // Widening windows: a frequent schedule is found in the first, a monthly one without walking a year of minutes.
        foreach (var lookBack in new[] { TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(8), TimeSpan.FromDays(32), TimeSpan.FromDays(367) })
        {
            var latest = cron.GetOccurrences(now - lookBack, now, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: true)
                .Select(o => (DateTimeOffset?)o).LastOrDefault();
            if (latest is not null)
            {
                return latest;
            }
        }

        return null;
    }

    private static CronExpression? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var format = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return CronExpression.TryParse(value, format, out var cron) ? cron : null;
    }
}
