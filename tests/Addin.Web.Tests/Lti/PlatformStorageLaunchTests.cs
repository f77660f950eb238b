using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Lti.Login;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Lti;

/// <summary>
/// Launches from a platform that offers LTI platform storage (the demo LMS's course page sends lti_storage_target),
/// over HTTP without a browser's scripts: the login answers the storage page, a launch that arrives without the cookie
/// answers the confirming page, and only a confirmation of the right state for such a login opens Addin.
/// </summary>
public sealed partial class PlatformStorageLaunchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string StorageFrame = "lti-storage";

    private readonly AddinApp app = fixture.App;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Login_WithStorageTarget_AnswersThePageThatStoresStateAndNonce_AndKeepsTheTarget(DatabaseProvider provider)
    {
        await using var own = await AddinApp.StartAsync(provider);
        using var browser = own.CreateBrowser();

        var login = await StartStorageLoginAsync(browser);

        Assert.Equal(HttpStatusCode.OK, login.Response.StatusCode);
        Assert.Equal("text/html", login.Response.Content.Headers.ContentType?.MediaType);
        Assert.True(login.Response.Headers.CacheControl?.NoStore, "the page with the login's values is not stored");
        Assert.Contains("<script src=\"/js/lti-platform-storage.js\"", login.Html, StringComparison.Ordinal);
        Assert.Contains("data-step=\"login\"", login.Html, StringComparison.Ordinal);
        Assert.Contains($"data-target=\"{StorageFrame}\"", login.Html, StringComparison.Ordinal);
        Assert.Contains($"data-origin=\"{Origin(own)}\"", login.Html, StringComparison.Ordinal);
        Assert.Contains($"data-key=\"state_{login.State}\" data-value=\"{login.State}\"", login.Html, StringComparison.Ordinal);
        Assert.Contains($"data-key=\"nonce_{login.Nonce}\" data-value=\"{login.Nonce}\"", login.Html, StringComparison.Ordinal);
        Assert.StartsWith(new Uri(own.BaseUrl, "/demo/platform/authorize?").ToString(), login.AuthorizeUrl, StringComparison.Ordinal);
        Assert.Contains($"state={login.State}", login.AuthorizeUrl, StringComparison.Ordinal);
        Assert.Contains(browser.Cookies.GetAllCookies(), c => c.Name == $"addin_lti_{login.State}");

        await using var scope = own.Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<ILoginStateStore>().FindAsync(login.State, CancellationToken.None);
        Assert.Equal(StorageFrame, pending?.StorageTarget);
        Assert.Equal(login.Nonce, pending?.Nonce);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Launch_WithoutCookieAfterAStorageLogin_AnswersTheConfirmingPage_ThenTheConfirmedLaunchOpensTheCoursePageOnce(DatabaseProvider provider)
    {
        await using var own = await AddinApp.StartAsync(provider);
        using var platformFrame = own.CreateBrowser();
        using var cookieless = own.CreateBrowser();
        var login = await StartStorageLoginAsync(platformFrame);
        var form = await platformFrame.AuthorizeAsync(login.AuthorizeUrl);

        using var launch = await cookieless.PostLaunchAsync(form.IdToken, form.State);
        string page = await launch.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, launch.StatusCode);
        Assert.True(launch.Headers.CacheControl?.NoStore, "the page with the id_token is not stored");
        Assert.Contains("action=\"/lti/launch/verified\"", page, StringComparison.Ordinal);
        Assert.Contains("data-step=\"launch\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-key=\"state_{login.State}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-origin=\"{Origin(own)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-target=\"{StorageFrame}\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/lti-platform-storage.js\"", page, StringComparison.Ordinal);

        // What the page's script posts once the platform's storage answered with the state.
        using var confirmed = await PostVerifiedAsync(cookieless, form.IdToken, form.State, login.State);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        string location = confirmed.Headers.Location!.OriginalString;
        Assert.Contains("/app/course/", location, StringComparison.Ordinal);
        using var course = await cookieless.GetAsync(location);
        Assert.Contains("Sam Lee · <span class=\"role\">Student</span>", await course.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var replayed = await PostVerifiedAsync(cookieless, form.IdToken, form.State, login.State);
        await RefusalAssert.RefusedAsync(own, replayed, HttpStatusCode.Unauthorized, "LTI_NONCE_REPLAYED");
    }

    [Fact]
    public async Task Launch_WithoutCookieAndWithoutStorage_IsRefusedAsNotBoundToBrowser()
    {
        using var starter = app.CreateBrowser();
        using var cookieless = app.CreateBrowser();
        var form = await starter.GetLaunchFormAsync("student");

        using var response = await cookieless.PostLaunchAsync(form.IdToken, form.State);

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_STATE_NOT_BOUND_TO_BROWSER");
    }

    [Fact]
    public async Task Launch_WithTheCookieAfterAStorageLogin_OpensTheCoursePageDirectly()
    {
        using var browser = app.CreateBrowser();
        var login = await StartStorageLoginAsync(browser);
        var form = await browser.AuthorizeAsync(login.AuthorizeUrl);

        using var response = await browser.PostLaunchAsync(form.IdToken, form.State);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/app/course/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verified_ConfirmingAnotherLoginsState_IsRefusedAsStateMismatch()
    {
        using var browser = app.CreateBrowser();
        var login = await StartStorageLoginAsync(browser);
        var other = await StartStorageLoginAsync(browser);
        var form = await browser.AuthorizeAsync(login.AuthorizeUrl);

        using var response = await PostVerifiedAsync(browser, form.IdToken, form.State, other.State);

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_STATE_MISMATCH");
    }

    [Fact]
    public async Task Verified_WithNothingReadFromStorage_IsRefusedAsNotBoundToBrowser()
    {
        using var browser = app.CreateBrowser();
        var login = await StartStorageLoginAsync(browser);
        var form = await browser.AuthorizeAsync(login.AuthorizeUrl);

        using var response = await PostVerifiedAsync(browser, form.IdToken, form.State, confirmedState: null);

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_STATE_NOT_BOUND_TO_BROWSER");
    }

    [Fact]
    public async Task Verified_ForALoginWithoutStorageTarget_IsRefused_AndTheBrowserWithTheCookieStillLaunches()
    {
        using var victim = app.CreateBrowser();
        using var forger = app.CreateBrowser();
        var form = await victim.GetLaunchFormAsync("instructor");

        using var forged = await PostVerifiedAsync(forger, form.IdToken, form.State, form.State);
        await RefusalAssert.RefusedAsync(app, forged, HttpStatusCode.Unauthorized, "LTI_PLATFORM_STORAGE_NOT_OFFERED");

        using var genuine = await victim.PostLaunchAsync(form.IdToken, form.State);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
    }

    [Fact]
    public async Task Verified_ForAMadeUpState_IsRefusedAsUnknownState()
    {
        using var browser = app.CreateBrowser();
        var login = await StartStorageLoginAsync(browser);
        var form = await browser.AuthorizeAsync(login.AuthorizeUrl);

        using var response = await PostVerifiedAsync(browser, form.IdToken, "made-up-state", "made-up-state");

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_UNKNOWN_STATE");
    }

    [Fact]
    public async Task Verified_WithATamperedToken_StillGoesThroughTheWholeChain_AndIsRefusedAsBadSignature()
    {
        using var browser = app.CreateBrowser();
        var login = await StartStorageLoginAsync(browser);
        var form = await browser.AuthorizeAsync(login.AuthorizeUrl);
        string[] parts = form.IdToken.Split('.');
        parts[2] = (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..];

        using var response = await PostVerifiedAsync(browser, string.Join('.', parts), form.State, form.State);

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_BAD_SIGNATURE");
    }

    /// <summary>The demo LMS's course page frames a login initiation that offers its storage frame; the frame opens it.</summary>
    private static async Task<StorageLogin> StartStorageLoginAsync(DemoBrowser browser)
    {
        using var coursePage = await browser.Client.GetAsync("/demo/course/student");
        var frame = ToolFrameSource().Match(await coursePage.Content.ReadAsStringAsync());
        Assert.True(frame.Success, "the course page frames Addin");
        string toolLogin = WebUtility.HtmlDecode(frame.Groups[1].Value);
        Assert.Contains($"lti_storage_target={StorageFrame}", toolLogin, StringComparison.Ordinal);

        var response = await browser.Client.GetAsync(toolLogin);
        string html = await response.Content.ReadAsStringAsync();
        var state = StateItem().Match(html);
        var nonce = NonceItem().Match(html);
        var next = ContinueUrl().Match(html);
        Assert.True(state.Success && nonce.Success && next.Success, $"Not the storage page: {(int)response.StatusCode} {html}");
        return new StorageLogin(response, html, state.Groups[1].Value, nonce.Groups[1].Value, WebUtility.HtmlDecode(next.Groups[1].Value));
    }

    private static Task<HttpResponseMessage> PostVerifiedAsync(DemoBrowser browser, string idToken, string state, string? confirmedState)
    {
        var fields = new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = state };
        if (confirmedState is not null)
        {
            fields["confirmed_state"] = confirmedState;
        }

        return browser.Client.PostAsync("/lti/launch/verified", new FormUrlEncodedContent(fields));
    }

    private static string Origin(AddinApp app) => app.BaseUrl.GetLeftPart(UriPartial.Authority);

    [GeneratedRegex("name=\"addin-tool\" data-src=\"([^\"]+)\"")]
    private static partial Regex ToolFrameSource();

    [GeneratedRegex("data-key=\"state_([^\"]+)\"")]
    private static partial Regex StateItem();

    [GeneratedRegex("data-key=\"nonce_([^\"]+)\"")]
    private static partial Regex NonceItem();

    [GeneratedRegex("data-continue=\"([^\"]+)\"")]
    private static partial Regex ContinueUrl();

    private sealed record StorageLogin(HttpResponseMessage Response, string Html, string State, string Nonce, string AuthorizeUrl);
}
