using System.Net;
using Addin.Testing;

namespace Addin.Web.Tests.Pages;

/// <summary>The course page over HTTP: what teachers get that students do not.</summary>
public sealed class CoursePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CoursePage_ForInstructor_ShowsUploadAndTheWatchedFolderTheSourceReports()
    {
        using var browser = fixture.App.CreateBrowser();
        var launch = await browser.LaunchAsync("instructor");

        using var response = await browser.GetAsync(launch.Location);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"upload-form\"", html, StringComparison.Ordinal);
        Assert.Contains($"<code data-testid=\"watched-folder\">{fixture.App.Inbox("alg-101")}</code>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("student")]
    [InlineData("parent")]
    public async Task CoursePage_ForStudentsAndParents_HasNoUploadAndNoServerPaths(string persona)
    {
        using var browser = fixture.App.CreateBrowser();
        var launch = await browser.LaunchAsync(persona);

        string html = await (await browser.GetAsync(launch.Location)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("upload-form", html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.App.DataDirectory, html, StringComparison.Ordinal);
    }
}
