using Addin.Web.Lti;

namespace Addin.Web.Tests.Lti;

public sealed class LaunchDestinationTests
{
    [Theory]
    [InlineData("https://addin.example.edu/app/recording/42", 7L, "/app/recording/42?t=tok")]
    [InlineData("https://addin.example.edu/app", 7L, "/app/course/7?t=tok")]
    [InlineData("https://addin.example.edu/app/recording/not-a-number", 7L, "/app/course/7?t=tok")]
    [InlineData("https://addin.example.edu/app/recording/-1", 7L, "/app/course/7?t=tok")]
    [InlineData("not a url", null, "/app?t=tok")]
    public void For_TargetLinkUri_LandsOnTheLinkedPage(string target, long? courseId, string expected)
    {
        Assert.Equal(expected, LaunchDestination.For(target, courseId, "tok"));
    }
}
