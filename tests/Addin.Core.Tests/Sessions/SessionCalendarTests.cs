using Addin.Core.Sessions;

namespace Addin.Core.Tests.Sessions;

public sealed class SessionCalendarTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Occurrences_WeeklyAcrossTheEndOfSummerTime_StayAt17LocalAndMoveAnHourInUtc()
    {
        // British Summer Time ends on Sunday 25 October 2026.
        var times = SessionCalendar.Occurrences(new DateTime(2026, 10, 13, 17, 0, 0), TimeSpan.FromMinutes(60), London, Recurrence.Parse("weekly:TU;count=4"));

        Assert.Equal(
            [Utc(2026, 10, 13, 16), Utc(2026, 10, 20, 16), Utc(2026, 10, 27, 17), Utc(2026, 11, 3, 17)],
            times.Select(t => t.StartsAt));
        Assert.All(times, t => Assert.Equal(17, TimeZoneInfo.ConvertTime(t.StartsAt, London).Hour));
        Assert.All(times, t => Assert.Equal(TimeSpan.FromHours(1), t.EndsAt - t.StartsAt));
    }

    [Fact]
    public void Occurrences_WeeklyAcrossTheStartOfSummerTime_StayAt9Local()
    {
        // Summer time starts on Sunday 28 March 2027.
        var times = SessionCalendar.Occurrences(new DateTime(2027, 3, 22, 9, 0, 0), TimeSpan.FromMinutes(45), London, Recurrence.Parse("weekly:MO,WE;until=2027-03-31"));

        Assert.Equal(
            [Utc(2027, 3, 22, 9), Utc(2027, 3, 24, 9), Utc(2027, 3, 29, 8), Utc(2027, 3, 31, 8)],
            times.Select(t => t.StartsAt));
    }

    [Fact]
    public void ToInstant_ATimeTheClockSkips_MovesForwardPastTheGap_AndARepeatedTimeIsTheFirst()
    {
        var skipped = SessionCalendar.ToInstant(new DateTime(2027, 3, 28, 1, 30, 0), London);
        var repeated = SessionCalendar.ToInstant(new DateTime(2026, 10, 25, 1, 30, 0), London);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), skipped);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), repeated);
    }

    [Fact]
    public void Occurrences_OneOff_IsOneSession()
    {
        var times = SessionCalendar.Occurrences(new DateTime(2027, 1, 11, 17, 0, 0), TimeSpan.FromMinutes(90), London, null);

        Assert.Equal(new SessionTimes(Utc(2027, 1, 11, 17), Utc(2027, 1, 11, 17).AddMinutes(90)), Assert.Single(times));
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
