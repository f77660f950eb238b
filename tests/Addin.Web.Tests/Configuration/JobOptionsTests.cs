using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class JobOptionsTests
{
    [Fact]
    public void Validate_TheDefaults_Succeed() =>
        Assert.True(new JobOptionsValidator().Validate(null, new JobOptions()).Succeeded);

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.500")]
    [InlineData("-00:05:00")]
    [InlineData("1.00:00:01")]
    public void Validate_AnInvisibilityTimeoutOutOfRange_NamesTheKeyAndTheRange(string timeout)
    {
        var result = new JobOptionsValidator().Validate(null, new JobOptions { InvisibilityTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Equal(
            $"Addin:Jobs:InvisibilityTimeout '{TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture)}' must be between 00:00:01 and 1.00:00:00 (default 00:05:00).",
            Assert.Single(result.Failures!));
    }
}
