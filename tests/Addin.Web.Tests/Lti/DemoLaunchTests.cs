using System.Net;
using Addin.Testing;

namespace Addin.Web.Tests.Lti;

/// <summary>Launches through the built-in demo platform, over real HTTP, land on the course page as the right person.</summary>
public sealed class DemoLaunchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AddinApp app = fixture.App;

    [Theory]
    [InlineData("instructor", "Ana Rivera", "Instructor")]
    [InlineData("student", "Sam Lee", "Student")]
    [InlineData("parent", "Jordan Lee", "Parent / mentor")]
    [InlineData("reviewer", "Pat Morgan", "Reviewer")]
    [InlineData("outsider", "Bo Chen", "Student")]
    public async Task Launch_AsPersona_OpensCoursePageAsThatPerson(string persona, string name, string role)
    {
        using var browser = app.CreateBrowser();

        var launch = await browser.LaunchAsync(persona);
        using var page = await browser.GetAsync(launch.Location);
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/app/course/", launch.Location, StringComparison.Ordinal);
        Assert.Contains($"{name} · <span class=\"role\">{role}</span>", html, StringComparison.Ordinal);
    }
}
