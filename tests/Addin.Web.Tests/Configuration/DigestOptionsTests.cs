using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class DigestOptionsTests
{
    [Fact]
    public void Validate_TheDefaults_Succeed() =>
        Assert.True(new DigestOptionsValidator().Validate(null, new DigestOptions()).Succeeded);

    [Fact]
    public void Validate_ABadScheduleNotifierAndTimeZone_NameEachKeyAndTheFix()
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { Schedule = "fridays", Notifier = "SMTP server", TimeZone = "Mars/Olympus" });

        Assert.Equal(
            [
                "Addin:Digests:Schedule 'fridays' is not a cron expression: write five fields (minute hour day-of-month month day-of-week, in UTC), for example \"0 17 * * 5\" for Fridays at 17:00.",
                "Addin:Digests:Notifier 'SMTP server' is not a notifier id; use the provider id from plugin.json, for example \"smtp\".",
                "Addin:Digests:TimeZone 'Mars/Olympus' is not a time zone; use an IANA id such as \"Europe/London\" or \"UTC\".",
            ],
            result.Failures!);
    }

    [Theory]
    [InlineData("0 17 * * 5", "2026-12-05T09:00:00Z", "2026-12-04T17:00:00Z")]   // Saturday: yesterday's
    [InlineData("0 17 * * 5", "2026-12-04T17:00:00Z", "2026-12-04T17:00:00Z")]   // the very minute
    [InlineData("0 17 * * 5", "2026-12-04T16:59:59Z", "2026-11-27T17:00:00Z")]   // just before: last week's
    [InlineData("*/15 * * * *", "2026-12-04T10:07:00Z", "2026-12-04T10:00:00Z")]
    [InlineData("0 6 1 * *", "2026-12-20T00:00:00Z", "2026-12-01T06:00:00Z")]    // monthly
    public void LatestOccurrence_IsTheScheduledTimeAtOrBeforeNow(string schedule, string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            CronSchedules.LatestOccurrence(schedule, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
