using System.Text.Json;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Platform;

public sealed class AuthorizationRequestTests
{
    private const string ClientId = "tool-client-1";
    private static readonly Uri[] RedirectUris = [new("https://tool.test/lti/launch")];

    [Fact]
    public async Task Validate_RequestBuiltByOurLoginInitiator_HasNoProblems()
    {
        using var h = new LaunchHarness();
        var redirect = await h.Initiator.InitiateAsync(
            new Addin.Lti.Login.OidcLoginRequest(LaunchHarness.DefaultIssuer, "login-hint", h.DefaultTargetLinkUri, "msg"), CancellationToken.None);

        var request = AuthorizationRequest.Parse(QueryString.Parse(redirect.RedirectUri));

        Assert.Empty(request.Validate(LaunchHarness.DefaultClientId, [h.Settings.LaunchUrl]));
        Assert.Equal("login-hint", request.LoginHint);
        Assert.Equal("msg", request.LtiMessageHint);
        Assert.Equal(redirect.State, request.State);
    }

    [Theory]
    [InlineData("scope", "profile")]
    [InlineData("response_type", "code")]
    [InlineData("response_mode", "query")]
    [InlineData("prompt", "login")]
    [InlineData("client_id", "someone-else")]
    [InlineData("redirect_uri", "https://tool.test/lti/launch/extra")]
    [InlineData("redirect_uri", "https://evil.test/lti/launch")]
    [InlineData("redirect_uri", "not a url")]
    public void Validate_WrongValue_ReportsThatParameter(string parameter, string value)
    {
        var fields = ValidFields();
        fields[parameter] = value;

        var problems = AuthorizationRequest.Parse(fields).Validate(ClientId, RedirectUris);

        Assert.Equal([parameter], problems.Select(p => p.Parameter));
    }

    [Theory]
    [InlineData("scope")]
    [InlineData("response_type")]
    [InlineData("response_mode")]
    [InlineData("prompt")]
    [InlineData("client_id")]
    [InlineData("redirect_uri")]
    [InlineData("login_hint")]
    [InlineData("state")]
    [InlineData("nonce")]
    public void Validate_MissingParameter_ReportsIt(string parameter)
    {
        var fields = ValidFields();
        fields.Remove(parameter);

        var problems = AuthorizationRequest.Parse(fields).Validate(ClientId, RedirectUris);

        Assert.Equal([parameter], problems.Select(p => p.Parameter));
    }

    [Fact]
    public void Validate_RealToolkitRequestWithNonceAsPrompt_ReportsPrompt()
    {
        // lti-toolkit sent its nonce as prompt; the file has a trailing comma, so it is read leniently.
        var text = File.ReadAllText(FixturePaths.Lti("altcs-lti-toolkit", "launch--auth-request-from-lti-toolkit-back-to-canvas.jsonc"));
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(text, new JsonSerializerOptions { AllowTrailingCommas = true })!;

        var problems = AuthorizationRequest.Parse(fields)
            .Validate("10000000000002", [new Uri("https://lpp.home.russfeld.me/lti/provider/redirect13")]);

        Assert.Equal(["prompt"], problems.Select(p => p.Parameter));
    }

    private static Dictionary<string, string> ValidFields() => new()
    {
        ["scope"] = "openid",
        ["response_type"] = "id_token",
        ["response_mode"] = "form_post",
        ["prompt"] = "none",
        ["client_id"] = ClientId,
        ["redirect_uri"] = "https://tool.test/lti/launch",
        ["login_hint"] = "user-1",
        ["state"] = "state-1",
        ["nonce"] = "nonce-1",
    };
}
