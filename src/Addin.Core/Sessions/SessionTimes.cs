namespace Addin.Core.Sessions;

/// <summary>One scheduled occurrence, in UTC.</summary>
public sealed record SessionTimes(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// Turns a local wall-clock schedule into instants. A weekly 17:00 session in Europe/London stays at 17:00 local on
/// both sides of a daylight saving change, so its UTC time moves by an hour.
/// </summary>
public static class SessionCalendar
{
    /// <summary>The occurrences of a schedule: the first at <paramref name="localStart"/>, then by the recurrence (none: one).</summary>
    public static IReadOnlyList<SessionTimes> Occurrences(DateTime localStart, TimeSpan duration, TimeZoneInfo zone, Recurrence? recurrence)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = DateOnly.FromDateTime(localStart);
        var time = TimeOnly.FromDateTime(localStart);
        if (recurrence is null)
        {
            return [Times(localStart, duration, zone)];
        }

        var occurrences = new List<SessionTimes>();
        for (var day = start; occurrences.Count < (recurrence.Count ?? Recurrence.MaxSessions); day = day.AddDays(1))
        {
            if (recurrence.Until is { } until && day > until)
            {
                break;
            }

            if (recurrence.Days.Contains(day.DayOfWeek))
            {
                occurrences.Add(Times(day.ToDateTime(time), duration, zone));
            }
        }

        return occurrences;
    }

    /// <summary>The instant a local time names. A time skipped by a clock change moves forward past the gap; a repeated one is the first.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            local += after - before;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static SessionTimes Times(DateTime local, TimeSpan duration, TimeZoneInfo zone)
    {
        var starts = ToInstant(local, zone);
        return new SessionTimes(starts, starts + duration);
    }
}
