using System.Net;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Lti.Login;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Lti;

/// <summary>
/// The login is sealed into its state (no database row): a launch is still accepted once, only from the browser that
/// started the login, and a state that was altered or never issued by Addin matches no login.
/// </summary>
public sealed class SealedLoginStateTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Launch_SameFormPostedAgainWithItsCookie_IsRefusedAsNonceReplayed_AndRecordsNothingMore(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        var loginCookies = browser.Cookies.GetAllCookies().Where(c => c.Name.StartsWith("addin_lti_", StringComparison.Ordinal)).ToList();

        using var first = await browser.PostLaunchAsync(form.IdToken, form.State);
        long launchesAfterFirst = await CountAsync(app, "launch");
        loginCookies.ForEach(browser.Cookies.Add);
        using var second = await browser.PostLaunchAsync(form.IdToken, form.State);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Single(loginCookies);
        await RefusalAssert.RefusedAsync(app, second, HttpStatusCode.Unauthorized, "LTI_NONCE_REPLAYED");
        Assert.Equal(1, launchesAfterFirst);
        Assert.Equal(1, await CountAsync(app, "launch"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Launch_WithAlteredStateBoundToTheBrowser_IsRefusedAsUnknownState(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        char last = form.State[^3];
        string altered = form.State[..^3] + (last == 'A' ? 'B' : 'A') + form.State[^2..];
        browser.Cookies.Add(new Cookie($"addin_lti_{altered}", "1", "/lti", app.BaseUrl.Host));

        using var response = await browser.PostLaunchAsync(form.IdToken, altered);

        await RefusalAssert.RefusedAsync(app, response, HttpStatusCode.Unauthorized, "LTI_UNKNOWN_STATE");
        Assert.Equal(0, await CountAsync(app, "launch"));
    }

    [Fact]
    public async Task Login_KeepsNothingInTheDatabase_TheStateCarriesTheLogin()
    {
        await using var app = await AddinApp.StartAsync(DatabaseProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");

        await using var scope = app.Services.CreateAsyncScope();
        var login = await scope.ServiceProvider.GetRequiredService<ILoginStateStore>().FindAsync(form.State, CancellationToken.None);
        var tables = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name LIKE 'Lti%'").ToListAsync();

        Assert.NotNull(login);
        Assert.EndsWith("/demo", login.Issuer, StringComparison.Ordinal);
        Assert.Equal(["LtiUsedNonces"], tables.Where(t => t.Contains("Login", StringComparison.Ordinal) || t.Contains("Nonce", StringComparison.Ordinal)).Order());
    }

    private static async Task<long> CountAsync(AddinApp app, string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().AuditEntries.LongCountAsync(a => a.Action == action && a.Allowed);
    }
}
