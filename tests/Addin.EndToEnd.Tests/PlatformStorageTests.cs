using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Addin.Web.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// Addin framed in a course page of the demo LMS, a platform that offers LTI platform storage: with the browser
/// keeping no cookie of Addin's (as Safari, or Chrome blocking third-party cookies, inside an LMS iframe), the login's
/// state goes into the platform's storage frame by postMessage and comes back at the launch, and Addin opens.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed partial class PlatformStorageTests(DemoAppFixture demo)
{
    private const string CookiePrefix = "addin_lti_";

    [Fact]
    public async Task CoursePageLaunch_WithAddinsCookieBlocked_OpensTheCoursePageThroughPlatformStorage()
    {
        await using var page = await demo.NewPageAsync();
        await DropAddinsLoginCookieAsync(page.Context);
        var posts = WatchPosts(page.Page);

        var tool = await LaunchInCoursePageAsync(page, "student");

        await Expect(tool.GetByTestId("viewer")).ToHaveTextAsync("Sam Lee · Student");
        Assert.Equal(["/lti/launch", "/lti/launch/verified"], posts.Where(p => p.StartsWith("/lti/", StringComparison.Ordinal)));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name.StartsWith(CookiePrefix, StringComparison.Ordinal));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task CoursePageLaunch_WithCookiesAllowed_StoresInThePlatformToo_AndTheCookieAloneBindsTheLaunch()
    {
        await using var page = await demo.NewPageAsync();
        var posts = WatchPosts(page.Page);

        var tool = await LaunchInCoursePageAsync(page, "instructor");

        await Expect(tool.GetByTestId("viewer")).ToHaveTextAsync("Ana Rivera · Instructor");
        Assert.Equal(["/lti/launch"], posts.Where(p => p.StartsWith("/lti/", StringComparison.Ordinal)));
        page.AssertNoProblems();
    }

    /// <summary>Opens the demo LMS, then the persona's course page in its frame; returns Addin's frame once the course page is in it.</summary>
    private static async Task<IFrame> LaunchInCoursePageAsync(WatchedPage page, string persona)
    {
        await page.Page.GotoAsync("/demo");
        await page.Page.GetByTestId($"course-{persona}").ClickAsync();
        var addin = page.Page.FrameLocator($"iframe[name='{WatchedPage.FrameName}']").FrameLocator($"iframe[name='{DemoPlatformStorage.ToolFrameName}']");
        // Two page loads more than a cookie launch (the storage pages), each waiting on postMessage answers: allow the context's timeout.
        await Expect(addin.GetByTestId("viewer")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15_000 });
        var frame = page.Page.Frame(DemoPlatformStorage.ToolFrameName) ?? throw new InvalidOperationException("The course page has no Addin frame.");
        await frame.WaitForURLAsync(WatchedPage.CoursePage());
        return frame;
    }

    // The login is the only response that sets Addin's cookie: it reaches the page without Set-Cookie, and the
    // context's jar is emptied in case fetching it for the route stored the cookie there.
    private static Task DropAddinsLoginCookieAsync(IBrowserContext context) =>
        context.RouteAsync(LoginRequest(), async route =>
        {
            var response = await route.FetchAsync(new RouteFetchOptions { MaxRedirects = 0 });
            await context.ClearCookiesAsync();
            var headers = response.Headers
                .Where(h => !h.Key.Equals("set-cookie", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });

    private static ConcurrentQueue<string> WatchPosts(IPage page)
    {
        var posts = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts.Enqueue(new Uri(request.Url).AbsolutePath);
            }
        };
        return posts;
    }

    [GeneratedRegex(@"/lti/login\?")]
    private static partial Regex LoginRequest();
}
