using System.Globalization;
using Addin.Core.Retention;
using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions()).Succeeded);

    [Theory]
    [InlineData("-1.00:00:00", 3, "Addin:Retention:NoticeBefore '-1.00:00:00' must be between 00:00:00 and 90.00:00:00")]
    [InlineData("91.00:00:00", 3, "Addin:Retention:NoticeBefore '91.00:00:00' must be between 00:00:00 and 90.00:00:00")]
    [InlineData("7.00:00:00", -1, "Addin:Retention:DailyRunHourUtc '-1' must be an hour of the day from 0 to 23 (UTC).")]
    [InlineData("7.00:00:00", 24, "Addin:Retention:DailyRunHourUtc '24' must be an hour of the day from 0 to 23 (UTC).")]
    public void Validate_AValueOutOfRange_NamesTheKeyAndTheRange(string noticeBefore, int hour, string message)
    {
        var options = new RetentionOptions { NoticeBefore = TimeSpan.Parse(noticeBefore, CultureInfo.InvariantCulture), DailyRunHourUtc = hour };

        var result = new RetentionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(message, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
