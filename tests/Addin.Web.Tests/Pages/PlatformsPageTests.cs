using System.Net;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pages;

/// <summary>
/// The LMS registrations page: an institution's administrators (reviewers) see their institution's registrations and
/// add one by hand with the registry's checks; nobody else sees or changes anything, and no other institution's.
/// </summary>
public sealed class PlatformsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AddinApp app = fixture.App;

    [Fact]
    public async Task Reviewer_SeesTheirInstitutionsRegistrations_AndNoOthers()
    {
        await RegisterElsewhereAsync(app, "other-lms-1");
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchAsync("reviewer");

        using var page = await browser.GetAsync(launch.WithToken("/app/platforms"));
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("LMS registrations of Demo School", html, StringComparison.Ordinal);
        Assert.Contains($"data-platform=\"{DemoLms.PlatformKey}\"", html, StringComparison.Ordinal);
        Assert.Contains(DemoLms.DeploymentId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("other-lms-1", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instructor")]
    [InlineData("student")]
    public async Task NonAdministrators_CanNeitherSeeNorAdd(string persona)
    {
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchAsync(persona);

        using var page = await browser.GetAsync(launch.WithToken("/app/platforms"));
        using var add = await browser.Client.PostAsync(launch.WithToken("/app/platforms"), Form("sneaky-" + persona, "https://moodle.sneaky.test"));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Administrators only", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Null(await FindAsync(app, "sneaky-" + persona));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reviewer_AddsAnLmsByHand_ForTheirInstitution(DatabaseProvider provider)
    {
        await using var addin = await AddinApp.StartAsync(provider);
        using var browser = addin.CreateBrowser();
        var launch = await browser.LaunchAsync("reviewer");

        using var add = await browser.Client.PostAsync(launch.WithToken("/app/platforms"), Form("moodle", "https://moodle.demo-school.test"));
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        using var page = await browser.GetAsync(add.Headers.Location!.OriginalString);
        string html = await page.Content.ReadAsStringAsync();

        Assert.Contains("Registered &#x27;moodle&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("data-platform=\"moodle\"", html, StringComparison.Ordinal);
        var stored = await FindAsync(addin, "moodle");
        Assert.Equal("Demo School", stored!.Institution!.Name);
        Assert.Equal("https://moodle.demo-school.test", stored.Issuer);
        Assert.Equal(["2", "3"], stored.Deployments.Select(d => d.DeploymentId).Order());
        Assert.Equal("https://moodle.demo-school.test/mod/lti/token.php", stored.TokenEndpoint);
    }

    [Fact]
    public async Task Reviewer_WithAnInvalidRegistration_SeesWhatToFix_AndNothingIsStored()
    {
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchAsync("reviewer");

        using var add = await browser.Client.PostAsync(
            launch.WithToken("/app/platforms"),
            Form("plain-http", "http://moodle.demo-school.test", deployments: ""));
        string html = await add.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Contains("deployment id is required.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"http://moodle.demo-school.test\"", html, StringComparison.Ordinal);
        Assert.Null(await FindAsync(app, "plain-http"));

        using var again = await browser.Client.PostAsync(launch.WithToken("/app/platforms"), Form("plain-http", "http://moodle.demo-school.test"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("must be the LMS&#x27;s https URL", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await FindAsync(app, "plain-http"));
    }

    [Fact]
    public async Task Reviewer_CannotTakeOverAnotherInstitutionsRegistration()
    {
        await RegisterElsewhereAsync(app, "other-lms-2");
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchAsync("reviewer");

        using var add = await browser.Client.PostAsync(launch.WithToken("/app/platforms"), Form("other-lms-2", "https://moodle.demo-school.test"));

        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Contains("key &#x27;other-lms-2&#x27; is taken", await add.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var other = await FindAsync(app, "other-lms-2");
        Assert.Equal("Other School", other!.Institution!.Name);
        Assert.Equal("https://lms.other-school.test", other.Issuer);
    }

    private static FormUrlEncodedContent Form(string key, string issuer, string deployments = "2, 3") => new(new Dictionary<string, string>
    {
        ["key"] = key,
        ["name"] = "Moodle",
        ["issuer"] = issuer,
        ["client-id"] = "MwX2PFUCgZCTjol",
        ["auth-url"] = issuer + "/mod/lti/auth.php",
        ["jwks-url"] = issuer + "/mod/lti/certs.php",
        ["token-url"] = issuer + "/mod/lti/token.php",
        ["authorization-server"] = "",
        ["deployment"] = deployments,
    });

    private static async Task RegisterElsewhereAsync(AddinApp addin, string key)
    {
        await using var scope = addin.Services.CreateAsyncScope();
        var (platform, problems) = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().RegisterAsync(
            new PlatformRegistrationRequest
            {
                Key = key,
                Name = "Other LMS",
                InstitutionName = "Other School",
                Issuer = "https://lms.other-school.test",
                ClientId = "client-" + key,
                AuthorizationEndpoint = new Uri("https://lms.other-school.test/auth"),
                JwksUri = new Uri("https://lms.other-school.test/jwks"),
                DeploymentIds = ["1"],
            },
            CancellationToken.None);
        Assert.True(platform is not null, string.Join(" ", problems));
    }

    private static async Task<Platform?> FindAsync(AddinApp addin, string key)
    {
        await using var scope = addin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return await db.Platforms.AsNoTracking().Include(p => p.Institution).Include(p => p.Deployments).SingleOrDefaultAsync(p => p.Key == key);
    }
}
