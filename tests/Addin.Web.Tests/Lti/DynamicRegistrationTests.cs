using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Lti;

/// <summary>
/// LTI Dynamic Registration end to end: an LMS on 127.0.0.1 shaped like Moodle 4.x or Canvas opens Addin's
/// registration URL, receives Addin's registration, and its launches are then accepted; every way the LMS can fail
/// shows a page naming what went wrong and stores nothing.
/// </summary>
public sealed class DynamicRegistrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string ToolConfiguration = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private const string CanvasPlacement = "https://canvas.instructure.com/lti/";

    private readonly AddinApp app = fixture.App;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_FromMoodle_StoresTheLmsAndAcceptsItsLaunch(DatabaseProvider provider)
    {
        await using var addin = await AddinApp.StartAsync(provider);
        using var lms = new RegistrationLms(LmsShape.Moodle);

        using var response = await OpenRegistrationAsync(addin, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tool = lms.Registered!;
        Assert.Contains($"Addin is registered with Moodle ({lms.BaseUrl.Authority})", html, StringComparison.Ordinal);
        Assert.Contains(tool.ClientId, html, StringComparison.Ordinal);
        Assert.Contains(tool.DeploymentId, html, StringComparison.Ordinal);
        Assert.Contains("Manage tools: click Activate", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/lti-close.js\"", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var request = lms.RegistrationRequest!;
        Assert.Equal("Bearer " + RegistrationLms.Token, request.Authorization);
        var body = request.JsonBody!.AsObject();
        AssertToolUrls(addin, body);
        var messages = Messages(body);
        Assert.Equal(Url(addin, "/app"), messages["LtiResourceLinkRequest"]["target_link_uri"]!.GetValue<string>());
        Assert.Null(messages["LtiResourceLinkRequest"]["placements"]);
        Assert.Equal(Url(addin, "/app/deep-link"), messages["LtiDeepLinkingRequest"]["target_link_uri"]!.GetValue<string>());
        Assert.Equal(["ContentArea"], Strings(messages["LtiDeepLinkingRequest"]["placements"]));
        Assert.Equal(
            [LtiScopes.NrpsContextMembershipReadOnly, LtiScopes.AgsLineItem, LtiScopes.AgsResultReadOnly, LtiScopes.AgsScore],
            body["scope"]!.GetValue<string>().Split(' '));

        var platform = await StoredAsync(addin, lms);
        Assert.Equal(tool.ClientId, platform.ClientId);
        Assert.Equal([tool.DeploymentId], platform.Deployments.Select(d => d.DeploymentId));
        Assert.Equal(lms.BaseUrl.Authority, platform.Institution!.Name);
        Assert.Equal(new Uri(lms.BaseUrl, "mod/lti/token.php").AbsoluteUri, platform.TokenEndpoint);
        Assert.Null(platform.AuthorizationServer);
        await AssertAuditedAsync(addin, "platform.registered", allowed: true);

        using var browser = addin.CreateBrowser();
        using var launch = await LaunchAsync(addin, browser, lms, tool.ClientId, tool.DeploymentId, hint: tool.DeploymentId);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        Assert.Contains("/app/course/", launch.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Register_FromCanvasWithoutDeployment_FirstLaunchNamesTheDeploymentAndOthersAreRefused(DatabaseProvider provider)
    {
        await using var addin = await AddinApp.StartAsync(provider);
        using var lms = new RegistrationLms(LmsShape.Canvas);

        using var response = await OpenRegistrationAsync(addin, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tool = lms.Registered!;
        Assert.Contains($"Addin is registered with Canvas ({lms.BaseUrl.Authority})", html, StringComparison.Ordinal);
        Assert.Contains("not named yet", html, StringComparison.Ordinal);
        Assert.Contains("--deployment &lt;deployment id&gt;", html, StringComparison.Ordinal);
        Assert.All(lms.Requests, r => Assert.Equal("Bearer " + RegistrationLms.Token, r.Authorization));

        var body = lms.RegistrationRequest!.JsonBody!.AsObject();
        AssertToolUrls(addin, body);
        var messages = Messages(body);
        Assert.Equal([CanvasPlacement + "course_navigation"], Strings(messages["LtiResourceLinkRequest"]["placements"]));
        Assert.Equal(
            [CanvasPlacement + "link_selection", CanvasPlacement + "assignment_selection", CanvasPlacement + "editor_button"],
            Strings(messages["LtiDeepLinkingRequest"]["placements"]));
        Assert.Equal("public", body[ToolConfiguration]!["https://canvas.instructure.com/lti/privacy_level"]!.GetValue<string>());

        var platform = await StoredAsync(addin, lms);
        Assert.Equal(tool.ClientId, platform.ClientId);
        Assert.Empty(platform.Deployments);
        Assert.Equal(lms.BaseUrl.Authority, platform.AuthorizationServer);

        const string Deployment = "3407:8865aa05b4b79b64a91a86042e43af5ea8ae79eb";
        using var browser = addin.CreateBrowser();
        using var first = await LaunchAsync(addin, browser, lms, tool.ClientId, Deployment, hint: Deployment);
        using var other = await LaunchAsync(addin, browser, lms, tool.ClientId, "3408:0000000000000000000000000000000000000000", hint: null);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal([Deployment], (await StoredAsync(addin, lms)).Deployments.Select(d => d.DeploymentId));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains(">LTI_UNKNOWN_DEPLOYMENT<", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LmsShape.Moodle, "RegistrationFailed", "HTTP 401")]
    [InlineData(LmsShape.Canvas, "ConfigurationUnavailable", "HTTP 401")]
    public async Task Register_WithATokenTheLmsRefuses_ExplainsAndStoresNothing(LmsShape shape, string code, string said)
    {
        using var lms = new RegistrationLms(shape) { AcceptedToken = "a-token-issued-later" };

        using var response = await OpenRegistrationAsync(app, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains($">{code}<", html, StringComparison.Ordinal);
        Assert.Contains(said, html, StringComparison.Ordinal);
        Assert.Contains("start the registration again", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(RegistrationLms.Token, html, StringComparison.Ordinal);
        Assert.Null(lms.Registered);
        await AssertNothingStoredAsync(app, lms);
        await AssertAuditedAsync(app, "platform.registration.refused", allowed: false);
    }

    [Fact]
    public async Task Register_WhenTheIssuerIsNotOnTheConfigurationHost_IsRefusedBeforeRegistering()
    {
        using var lms = new RegistrationLms(LmsShape.Moodle);
        lms.Configuration["issuer"] = "https://moodle.westbrook.edu";

        using var response = await OpenRegistrationAsync(app, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(">IssuerMismatch<", html, StringComparison.Ordinal);
        Assert.Contains(">issuer<", html, StringComparison.Ordinal);
        Assert.Contains("https://moodle.westbrook.edu", html, StringComparison.Ordinal);
        Assert.Null(lms.RegistrationRequest);
        await AssertNothingStoredAsync(app, lms);
    }

    [Fact]
    public async Task Register_WhenTheConfigurationLacksItsKeys_NamesTheField()
    {
        using var lms = new RegistrationLms(LmsShape.Moodle);
        lms.Configuration.Remove("jwks_uri");

        using var response = await OpenRegistrationAsync(app, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(">InvalidConfiguration<", html, StringComparison.Ordinal);
        Assert.Contains(">jwks_uri<", html, StringComparison.Ordinal);
        Assert.Null(lms.RegistrationRequest);
        await AssertNothingStoredAsync(app, lms);
    }

    [Fact]
    public async Task Register_WhenTheLmsFailsWith500_Shows502AndStoresNothing()
    {
        using var lms = new RegistrationLms(LmsShape.Moodle)
        {
            RegistrationAnswer = new LocalResponse(HttpStatusCode.InternalServerError, "text/html", "<h1>Internal error</h1>"),
        };

        using var response = await OpenRegistrationAsync(app, lms);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(">RegistrationFailed<", html, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync(app, lms);
    }

    [Fact]
    public async Task Register_IntoAnInstitutionThatExists_IsRefusedBeforeRegisteringAtTheLms()
    {
        using var lms = new RegistrationLms(LmsShape.Moodle);

        using var response = await OpenRegistrationAsync(app, lms, institution: "Demo School");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(">InstitutionExists<", html, StringComparison.Ordinal);
        Assert.Contains("Demo School", html, StringComparison.Ordinal);
        Assert.Null(lms.RegistrationRequest);
        await AssertNothingStoredAsync(app, lms);
    }

    [Fact]
    public async Task Register_OpenedWithoutTheLmsParameters_SaysWhereToPasteTheUrl()
    {
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var response = await client.GetAsync(new Uri("/lti/register", UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(">MissingParameters<", html, StringComparison.Ordinal);
        Assert.Contains("Add LTI Advantage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_FromAnIssuerNotAllowed_IsRefusedBeforeAskingTheLmsAnything()
    {
        await using var addin = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Addin:Lti:DynamicRegistration:AllowedIssuers:0"] = "https://moodle.westbrook.edu",
        });
        using var lms = new RegistrationLms(LmsShape.Moodle);

        using var response = await OpenRegistrationAsync(addin, lms);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(">IssuerNotAllowed<", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(lms.Requests);
    }

    [Fact]
    public async Task Register_WhenDisabled_IsNotFound()
    {
        await using var addin = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Addin:Lti:DynamicRegistration:Enabled"] = "false",
        });
        using var lms = new RegistrationLms(LmsShape.Moodle);

        using var response = await OpenRegistrationAsync(addin, lms);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(lms.Requests);
    }

    private static async Task<HttpResponseMessage> OpenRegistrationAsync(AddinApp addin, RegistrationLms lms, string? institution = null)
    {
        using var client = new HttpClient();
        return await client.GetAsync(lms.RegistrationUrl(addin.BaseUrl, institution: institution));
    }

    /// <summary>The LMS's login initiation, then the id_token it signs for the tool's nonce, posted as its form would.</summary>
    private static async Task<HttpResponseMessage> LaunchAsync(AddinApp addin, DemoBrowser browser, RegistrationLms lms, string clientId, string deploymentId, string? hint)
    {
        string target = Url(addin, "/app");
        string login = $"/lti/login?iss={Uri.EscapeDataString(lms.Issuer)}&login_hint=teacher-1&client_id={Uri.EscapeDataString(clientId)}"
                       + $"&target_link_uri={Uri.EscapeDataString(target)}" + (hint is null ? "" : "&lti_deployment_id=" + Uri.EscapeDataString(hint));
        using var redirect = await browser.GetAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith(lms.AuthorizationEndpoint.AbsoluteUri, redirect.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(redirect.Headers.Location.Query);

        string idToken = new IdTokenBuilder(TimeProvider.System)
            .ForTool(lms.Issuer, clientId, deploymentId)
            .WithNonce(query["nonce"]!)
            .WithSubject("teacher-1")
            .WithName("Grace Hopper", "Grace", "Hopper")
            .WithEmail("grace@westbrook.edu")
            .WithRoles(LtiRoleUris.Instructor)
            .WithContext(new LtiContext("course-cs101", "CS-101", "Computing 101", ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"]))
            .WithResourceLink(new LtiResourceLink("link-1", "Recordings", null))
            .WithTargetLinkUri(target)
            .Sign(lms.Key);
        return await browser.PostLaunchAsync(idToken, query["state"]);
    }

    private static void AssertToolUrls(AddinApp addin, JsonObject body)
    {
        Assert.Equal([Url(addin, "/lti/launch")], Strings(body["redirect_uris"]));
        Assert.Equal(Url(addin, "/lti/login"), body["initiate_login_uri"]!.GetValue<string>());
        Assert.Equal(Url(addin, "/lti/jwks"), body["jwks_uri"]!.GetValue<string>());
        Assert.Equal("Addin", body["client_name"]!.GetValue<string>());
        var configuration = body[ToolConfiguration]!.AsObject();
        Assert.Equal(Url(addin, "/app"), configuration["target_link_uri"]!.GetValue<string>());
        Assert.Equal(addin.BaseUrl.Authority, configuration["domain"]!.GetValue<string>());
        Assert.Equal(["iss", "sub", "name", "given_name", "family_name", "email"], Strings(configuration["claims"]));

        // Both LMSs list $Context.id.history; neither lists $ResourceLink.id.history, which is therefore not asked for.
        Assert.Equal("""{"context_id_history":"$Context.id.history"}""", configuration["custom_parameters"]!.ToJsonString());
    }

    private static Dictionary<string, JsonObject> Messages(JsonObject body) =>
        body[ToolConfiguration]!["messages"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => m["type"]!.GetValue<string>());

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    private static string Url(AddinApp addin, string path) => new Uri(addin.BaseUrl, path).AbsoluteUri;

    private static async Task<Platform> StoredAsync(AddinApp addin, RegistrationLms lms)
    {
        await using var scope = addin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return await db.Platforms.AsNoTracking().Include(p => p.Institution).Include(p => p.Deployments).SingleAsync(p => p.Issuer == lms.Issuer);
    }

    private static async Task AssertNothingStoredAsync(AddinApp addin, RegistrationLms lms)
    {
        await using var scope = addin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.False(await db.Platforms.AnyAsync(p => p.Issuer == lms.Issuer), "no platform was stored");
        Assert.False(await db.Institutions.AnyAsync(i => i.Name == lms.BaseUrl.Authority), "no institution was made");
    }

    private static async Task AssertAuditedAsync(AddinApp addin, string action, bool allowed)
    {
        await using var scope = addin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == action && a.Allowed == allowed), $"{action} is in the audit log");
    }
}
