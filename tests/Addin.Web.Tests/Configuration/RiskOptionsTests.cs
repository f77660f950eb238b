using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class RiskOptionsTests
{
    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("30 6 * * 1-5")]
    [InlineData("0 0 2 * * *")]
    public void Validate_ACronExpression_Succeeds(string schedule) =>
        Assert.True(new RiskOptionsValidator().Validate(null, new RiskOptions { ScoreSchedule = schedule }).Succeeded);

    [Theory]
    [InlineData("daily")]
    [InlineData("")]
    [InlineData("61 2 * * *")]
    [InlineData("0 2 * *")]
    [InlineData("0 25 * * *")]
    public void Validate_SomethingElse_NamesTheKeyAndShowsTheForm(string schedule)
    {
        var result = new RiskOptionsValidator().Validate(null, new RiskOptions { ScoreSchedule = schedule });

        Assert.True(result.Failed);
        Assert.Equal(
            $"Addin:Risk:ScoreSchedule '{schedule}' is not a cron expression: write five fields (minute hour day-of-month month day-of-week, in UTC), for example \"0 2 * * *\" for every day at 02:00 or \"0 6 * * 1-5\" for weekdays at 06:00.",
            Assert.Single(result.Failures!));
    }
}
