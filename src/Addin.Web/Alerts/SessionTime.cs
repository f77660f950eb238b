using System.Globalization;

namespace Addin.Web.Alerts;

/// <summary>When a session takes place, in words for a message, in the session's own time zone (UTC when it names none).</summary>
internal static class SessionTime
{
    /// <summary>"Monday 7 December 2026, 17:00–18:00 (Europe/London)", "…, 17:00 (…)" without an end, "ending 18:00 (…)" without a start.</summary>
    public static string Describe(DateTimeOffset? startsAt, DateTimeOffset? endsAt, string? timeZone)
    {
        var zone = timeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        string? start = startsAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) : null;
        string? end = endsAt is { } until ? TimeZoneInfo.ConvertTime(until, zone).ToString("HH:mm", CultureInfo.InvariantCulture) : null;
        string when = (start, end) switch
        {
            ({ } s, { } e) => $"{s}–{e}",
            ({ } s, null) => s,
            (null, { } e) => $"ending {e}",
            _ => "at an unknown time",
        };
        return $"{when} ({zone.Id})";
    }
}
