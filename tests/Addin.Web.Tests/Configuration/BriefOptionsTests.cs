using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class BriefOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndTwoHoursAhead()
    {
        var options = new BriefOptions();

        Assert.True(new BriefOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromHours(2), options.LeadTime);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-02:00:00")]
    [InlineData("00:05:00")]
    [InlineData("8.00:00:00")]
    public void LeadTime_OutOfRange_IsRefused_NamingTheKeyAndTheRange(string leadTime)
    {
        var result = new BriefOptionsValidator().Validate(null, new BriefOptions { LeadTime = TimeSpan.Parse(leadTime, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("Addin:Briefs:LeadTime is", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("must be between 00:10:00 and 7.00:00:00", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Notifier_NotAnId_IsRefused()
    {
        var result = new BriefOptionsValidator().Validate(null, new BriefOptions { Notifier = "SMTP server" });

        Assert.Contains("Addin:Briefs:Notifier 'SMTP server' is not a notifier id", result.FailureMessage, StringComparison.Ordinal);
    }
}
