using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Platform;
using Addin.Testing;
using Addin.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Lti;

/// <summary>
/// Forged, replayed, expired and misdirected launches sent over HTTP to the tool's launch endpoint are refused with a
/// page that names the failed check, and each refusal is audited.
/// </summary>
public sealed class LaunchRefusalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AddinApp app = fixture.App;

    [Fact]
    public async Task Launch_SameFormPostedTwice_SecondIsRefusedAsUnknownState()
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");

        using var first = await browser.PostLaunchAsync(form.IdToken, form.State);
        using var second = await browser.PostLaunchAsync(form.IdToken, form.State);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await AssertRefusedAsync(second, HttpStatusCode.Unauthorized, "LTI_STATE_NOT_BOUND_TO_BROWSER", "LTI_UNKNOWN_STATE");
    }

    [Fact]
    public async Task Launch_TokenReplayedWithAFreshLogin_IsRefusedAsNonceMismatch()
    {
        using var browser = app.CreateBrowser();
        var stolen = await browser.GetLaunchFormAsync("student");
        var fresh = await browser.GetLaunchFormAsync("student");

        using var response = await browser.PostLaunchAsync(stolen.IdToken, fresh.State);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "LTI_NONCE_MISMATCH");
    }

    [Fact]
    public async Task Launch_FromABrowserThatDidNotStartTheLogin_IsRefused()
    {
        using var victim = app.CreateBrowser();
        using var attacker = app.CreateBrowser();
        var form = await victim.GetLaunchFormAsync("instructor");

        using var response = await attacker.PostLaunchAsync(form.IdToken, form.State);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "LTI_STATE_NOT_BOUND_TO_BROWSER");
    }

    [Fact]
    public async Task Launch_WithTamperedSignature_IsRefusedAsBadSignature()
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        string[] parts = form.IdToken.Split('.');
        char last = parts[2][^2];
        parts[2] = parts[2][..^2] + (last == 'A' ? 'B' : 'A') + parts[2][^1];

        using var response = await browser.PostLaunchAsync(string.Join('.', parts), form.State);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "LTI_BAD_SIGNATURE");
    }

    [Fact]
    public async Task Launch_WithPayloadChangedToAnotherUser_IsRefusedAsBadSignature()
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        string[] parts = form.IdToken.Split('.');
        var payload = Decode(parts[1]);
        payload["sub"] = "demo-instructor-rivera";
        parts[1] = Base64Url(payload.ToJsonString());

        using var response = await browser.PostLaunchAsync(string.Join('.', parts), form.State);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "LTI_BAD_SIGNATURE");
    }

    [Theory]
    [InlineData("exp", -600, "LTI_EXPIRED")]
    [InlineData("iat", 3600, "LTI_ISSUED_IN_FUTURE")]
    [InlineData("aud", 0, "LTI_AUDIENCE_MISMATCH")]
    [InlineData("https://purl.imsglobal.org/spec/lti/claim/deployment_id", 0, "LTI_UNKNOWN_DEPLOYMENT")]
    [InlineData("https://purl.imsglobal.org/spec/lti/claim/version", 0, "LTI_UNSUPPORTED_VERSION")]
    public async Task Launch_SignedByThePlatformButWrong_IsRefusedWithTheNamedCheck(string claim, int secondsFromNow, string errorId)
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        var payload = Decode(form.IdToken.Split('.')[1]);
        payload[claim] = claim switch
        {
            "exp" or "iat" => TimeProvider.System.GetUtcNow().AddSeconds(secondsFromNow).ToUnixTimeSeconds(),
            "aud" => "another-tool",
            "https://purl.imsglobal.org/spec/lti/claim/version" => "1.1",
            _ => "not-a-registered-deployment",
        };

        string forged = IdTokenBuilder.SignRaw(Decode(form.IdToken.Split('.')[0]), payload, PlatformKey());
        using var response = await browser.PostLaunchAsync(forged, form.State);

        await AssertRefusedAsync(response, ExpectedStatus(errorId), errorId);
    }

    [Fact]
    public async Task Launch_WithUnsignedAlgNoneToken_IsRefusedAsUnsupportedAlgorithm()
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = PlatformKey().KeyId };

        string unsigned = IdTokenBuilder.EncodeUnsigned(header, Decode(form.IdToken.Split('.')[1]));
        using var response = await browser.PostLaunchAsync(unsigned, form.State);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "LTI_UNSUPPORTED_ALGORITHM");
    }

    [Fact]
    public async Task Launch_WithoutIdToken_IsRefusedAsMalformed()
    {
        using var browser = app.CreateBrowser();
        var form = await browser.GetLaunchFormAsync("student");

        using var response = await browser.PostLaunchAsync(null, form.State);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "LTI_MALFORMED_TOKEN");
    }

    [Fact]
    public async Task Login_FromUnknownIssuer_IsRefusedWithoutRedirect()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync("/lti/login?iss=https%3A%2F%2Fevil.example&login_hint=x&target_link_uri=" + Uri.EscapeDataString(app.BaseUrl + "app"));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "LTI_UNKNOWN_ISSUER");
    }

    [Fact]
    public async Task Login_WithTargetOnAnotherHost_IsRefused()
    {
        using var browser = app.CreateBrowser();
        string iss = Uri.EscapeDataString(new Uri(app.BaseUrl, "/demo").ToString());

        using var response = await browser.GetAsync($"/lti/login?iss={iss}&login_hint=demo-student-sam&client_id={DemoLms.ClientId}&target_link_uri=https%3A%2F%2Fevil.example%2Fapp");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "LTI_INVALID_TARGET_LINK_URI");
    }

    private RsaSigningKey PlatformKey() => app.Services.GetRequiredService<DemoPlatformKey>().Key;

    private Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, params string[] acceptableErrorIds) =>
        RefusalAssert.RefusedAsync(app, response, status, acceptableErrorIds);

    private static HttpStatusCode ExpectedStatus(string errorId) => errorId switch
    {
        "LTI_UNKNOWN_DEPLOYMENT" => HttpStatusCode.Forbidden,
        "LTI_UNSUPPORTED_VERSION" => HttpStatusCode.BadRequest,
        _ => HttpStatusCode.Unauthorized,
    };

    private static JsonObject Decode(string part)
    {
        string padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)))!.AsObject();
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
