using System.Text.RegularExpressions;
using Addin.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The Teams tab in Chromium, outside Teams: its scripts load under the page's Content-Security-Policy, and it says
/// where to open it instead of waiting for a Teams host that is not there. Other sites cannot frame it.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed partial class TeamsTabTests(DemoAppFixture demo) : IAsyncLifetime
{
    private AddinApp app = null!;

    public async Task InitializeAsync() => app = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Addin:Teams:ClientId"] = "3f2a9c1e-7b4d-4e8a-9c0f-5d6e7f8a9b0c",
        ["Logging:LogLevel:Default"] = "Warning",
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/teams/tab")]
    [InlineData("/teams/configure")]
    public async Task TabOpenedOutsideTeams_LoadsItsScriptsWithoutCspViolations_AndSaysToOpenItInTeams(string path)
    {
        await using var page = await WatchedPage.OpenAsync(demo.Browser, app.BaseUrl, 1024, 700);
        // The Teams library asks its CDN for the list of Teams hosts; answer as the CDN would (this machine may be offline).
        await page.Context.RouteAsync("https://res.cdn.office.net/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = """{"validOrigins":["teams.microsoft.com","*.teams.microsoft.com","*.cloud.microsoft"]}""",
            Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
        }));
        var scripts = new List<string>();
        page.Page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script")
            {
                scripts.Add($"{response.Status} {new Uri(response.Url).AbsolutePath}");
            }
        };

        await page.Page.GotoAsync(path);

        await Expect(page.Page.GetByTestId("outside-teams")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(page.Page.GetByTestId("outside-teams")).ToContainTextAsync("Open this tab inside Microsoft Teams.");
        await Expect(page.Page.GetByTestId("teams-status")).ToBeHiddenAsync();
        await Expect(page.Page.GetByTestId("teams-error")).ToBeHiddenAsync();
        Assert.Contains("200 /lib/teams-js/MicrosoftTeams.min.js", scripts);
        Assert.Contains("200 /js/teams-tab.js", scripts);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => typeof window.microsoftTeams?.app?.initialize === 'function'"), "the Teams library did not run");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task AnotherSite_CannotFrameTheTab()
    {
        await using var page = await WatchedPage.OpenAsync(demo.Browser, app.BaseUrl, 1024, 700);
        string tab = new Uri(app.BaseUrl, "/teams/tab").ToString();
        await page.Context.RouteAsync("https://lms.example/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = $"<!DOCTYPE html><title>Not Teams</title><iframe name=\"tab\" src=\"{tab}\"></iframe>",
        }));
        await page.Page.GotoAsync("https://lms.example/course");

        // The browser refuses to show the tab in the frame (Chromium puts its error page there instead).
        var frame = page.Page.Frame("tab") ?? throw new InvalidOperationException("The page has no frame.");
        await WaitFor.UntilAsync(() => frame.Url != "about:blank", "the frame to navigate", TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(frame.Url, new[] { tab }, StringComparer.Ordinal);
        Assert.Equal(0, await page.Page.FrameLocator("iframe[name=tab]").GetByTestId("teams-page").CountAsync());
        Console.WriteLine("DEBUG frame " + frame.Url + "\n" + string.Join("\n", page.ConsoleMessages) + "\n" + string.Join("\n", page.Problems));
        page.AssertNoProblems(FramingRefused());
    }

    [GeneratedRegex("frame-ancestors")]
    private static partial Regex FramingRefused();
}
