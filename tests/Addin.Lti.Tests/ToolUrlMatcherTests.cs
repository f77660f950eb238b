namespace Addin.Lti.Tests;

public sealed class ToolUrlMatcherTests
{
    private static readonly Uri[] ToolUrls = [new("https://tool.test/lti/"), new("https://other.test:8443/")];

    [Theory]
    [InlineData("https://tool.test/lti", true)]
    [InlineData("https://tool.test/lti/sessions/1", true)]
    [InlineData("https://tool.test/lti/%2e%2e/admin", false)]
    [InlineData("https://other.test:8443/anything", true)]
    [InlineData("https://other.test/anything", false)]
    [InlineData("https://tool.test/ltix", false)]
    [InlineData("https://tool.test/", false)]
    [InlineData("ftp://tool.test/lti/", false)]
    [InlineData("", false)]
    public void IsToolUrl_Candidate_MatchesOnlyUnderAToolUrl(string candidate, bool expected)
    {
        Assert.Equal(expected, ToolUrlMatcher.IsToolUrl(ToolUrls, candidate));
    }
}
