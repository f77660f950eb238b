using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class RosterSyncOptionsTests
{
    [Theory]
    [InlineData("00:01:00", "*/1 * * * *")]
    [InlineData("00:15:00", "*/15 * * * *")]
    [InlineData("01:00:00", "0 */1 * * *")]
    [InlineData("06:00:00", "0 */6 * * *")]
    [InlineData("12:00:00", "0 */12 * * *")]
    [InlineData("1.00:00:00", "0 0 * * *")]
    public void IntervalCron_IntervalThatDividesAnHourOrADay_RepeatsExactlyAtIt(string interval, string cron)
    {
        Assert.Equal(cron, new RosterSyncOptions { Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) }.IntervalCron());
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-01:00:00")]
    [InlineData("00:00:30")]
    [InlineData("00:07:00")]
    [InlineData("01:30:00")]
    [InlineData("05:00:00")]
    [InlineData("2.00:00:00")]
    public void IntervalCron_IntervalNoCronRepeatsAt_IsNull(string interval)
    {
        Assert.Null(new RosterSyncOptions { Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) }.IntervalCron());
    }
}
