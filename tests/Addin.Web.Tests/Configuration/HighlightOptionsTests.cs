using System.Globalization;
using Addin.Core.Highlights;
using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class HighlightOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new HighlightOptionsValidator().Validate(null, new HighlightOptions()).Succeeded);

    [Theory]
    [InlineData("-00:00:01", "00:00:15", "00:03:00", "Addin:Highlights:Lead '-00:00:01' must be between 00:00:00 and 00:05:00")]
    [InlineData("00:00:05", "00:00:00", "00:03:00", "Addin:Highlights:Length '00:00:00' must be between 00:00:01 and 00:10:00")]
    [InlineData("00:00:05", "00:00:15", "00:00:10", "Addin:Highlights:MaxTotal '00:00:10' must be at least Length ('00:00:15') and at most 01:00:00.")]
    [InlineData("00:00:05", "00:00:15", "1.00:00:00", "Addin:Highlights:MaxTotal '1.00:00:00' must be at least Length ('00:00:15') and at most 01:00:00.")]
    public void Validate_AValueOutOfRange_NamesTheKeyAndTheRange(string lead, string length, string maxTotal, string message)
    {
        var options = new HighlightOptions
        {
            Lead = TimeSpan.Parse(lead, CultureInfo.InvariantCulture), Length = TimeSpan.Parse(length, CultureInfo.InvariantCulture), MaxTotal = TimeSpan.Parse(maxTotal, CultureInfo.InvariantCulture),
        };

        var result = new HighlightOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(message, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
