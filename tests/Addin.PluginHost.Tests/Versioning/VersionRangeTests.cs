using Addin.PluginHost.Versioning;

namespace Addin.PluginHost.Tests.Versioning;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("^1.0", "1.0.0", true)]
    [InlineData("^1.0", "1.9.3", true)]
    [InlineData("^1.0", "2.0.0", false)]
    [InlineData("^1.2.3", "1.2.2", false)]
    [InlineData("^0.2", "0.2.9", true)]
    [InlineData("^0.2", "0.3.0", false)]
    [InlineData("^0.0.3", "0.0.4", false)]
    [InlineData("~1.2", "1.2.9", true)]
    [InlineData("~1.2", "1.3.0", false)]
    [InlineData("~1", "1.9.0", true)]
    [InlineData("1.x", "1.5.0", true)]
    [InlineData("1.x", "2.0.0", false)]
    [InlineData("1.2.*", "1.2.7", true)]
    [InlineData("1", "1.4.0", true)]
    [InlineData("*", "7.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "1.5.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData(">= 1.0  < 2", "1.0.0", true)]
    [InlineData(">1.0", "1.0.5", false)]
    [InlineData(">1.0.0", "1.0.1", true)]
    [InlineData("<=1.2", "1.2.9", true)]
    [InlineData("<=1.2", "1.3.0", false)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("=1.0.0", "1.0.1", false)]
    [InlineData("^1.0 || ^2.0", "2.1.0", true)]
    [InlineData("^1.0 || ^3.0", "2.1.0", false)]
    [InlineData(">=1.0.0", "1.0.0-beta.2", false)]
    [InlineData(">=1.0.0-beta.2", "1.0.0-beta.10", true)]
    [InlineData(">=1.0.0-beta", "1.0.0-alpha", false)]
    public void IsSatisfiedBy_Version_MatchesNpmSemantics(string range, string version, bool expected)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed, out string error), error);
        Assert.True(SemanticVersion.TryParse(version, out var candidate));

        Assert.Equal(expected, parsed.IsSatisfiedBy(candidate));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("^")]
    [InlineData("1.x.3")]
    [InlineData("1.2.3.4")]
    [InlineData("^1.0-beta")]
    [InlineData(">*")]
    [InlineData("01.0")]
    [InlineData("!1.0")]
    public void TryParse_NotARange_FailsWithAReason(string range)
    {
        Assert.False(VersionRange.TryParse(range, out _, out string error));
        Assert.Contains(range.Split(' ')[0], error, StringComparison.Ordinal);
    }
}
