using System.Buffers.Text;
using System.Text.Json;
using Addin.Lti.Login;
using Addin.Lti.Registration;
using Addin.Lti.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Login;

public sealed class OidcLoginInitiatorTests
{
    private const string Issuer = "https://platform.test";
    private const string ClientId = "tool-client-1";
    private const string Target = "https://tool.test/lti/course-home";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPlatformRegistrationStore _registrations = new(Registration("platform-1", ClientId));
    private readonly InMemoryLoginStateStore _states;
    private readonly OidcLoginInitiator _initiator;

    public OidcLoginInitiatorTests()
    {
        _states = new InMemoryLoginStateStore(_time);
        _initiator = new OidcLoginInitiator(
            _registrations,
            _states,
            _time,
            new LtiToolSettings { LaunchUrl = new Uri("https://tool.test/lti/launch"), ToolUrls = [new Uri("https://tool.test/lti/")] },
            NullLogger<OidcLoginInitiator>.Instance);
    }

    [Fact]
    public void FromForm_RealCanvasLoginPost_ReadsEveryParameter()
    {
        var form = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(FixturePaths.Lti("altcs-lti-toolkit", "launch--login-message-from-canvas.json")))!;

        var request = OidcLoginRequest.FromForm(form);

        Assert.Equal("https://canvas.home.russfeld.me", request.Issuer);
        Assert.Equal("535fa085f22b4655f48cd5a36a9215f64c062838", request.LoginHint);
        Assert.Equal("https://lpp.home.russfeld.me/lti/provider/launch13", request.TargetLinkUri);
        Assert.Equal("10000000000002", request.ClientId);
        Assert.Equal("5:d3a2504bba5184799a38f141e8df2335cfa8206d", request.DeploymentId);
        Assert.StartsWith("eyJ0eXAiOiJKV1Qi", request.LtiMessageHint, StringComparison.Ordinal);
    }

    [Fact]
    public void FromForm_ReferenceImplementationLoginQuery_ReadsEveryParameter()
    {
        var query = QueryString.Parse(new Uri(
            "https://tool.test/lti/login?iss=https%3A%2F%2Flti-ri.imsglobal.org&login_hint=518705"
            + "&target_link_uri=https%3A%2F%2Flti-ri.imsglobal.org%2Flti%2Ftools%2F3077%2Flaunches&lti_message_hint=72441"
            + "&lti_deployment_id=12345&client_id=1234"));

        var request = OidcLoginRequest.FromForm(query);

        Assert.Equal(
            new OidcLoginRequest("https://lti-ri.imsglobal.org", "518705", "https://lti-ri.imsglobal.org/lti/tools/3077/launches", "72441", "1234", "12345"),
            request);
    }

    [Fact]
    public void FromForm_EmptyOptionalParameters_BecomeNull()
    {
        var request = OidcLoginRequest.FromForm(new Dictionary<string, string>
        {
            ["iss"] = Issuer, ["login_hint"] = "u", ["target_link_uri"] = Target, ["client_id"] = "", ["lti_message_hint"] = " ",
        });

        Assert.Null(request.ClientId);
        Assert.Null(request.LtiMessageHint);
        Assert.Null(request.DeploymentId);
    }

    [Fact]
    public async Task InitiateAsync_ValidRequest_RedirectsToPlatformWithEveryParameterEncoded()
    {
        _registrations.Add(Registration("platform-1", ClientId) with { AuthorizationEndpoint = new Uri("https://platform.test/auth?tenant=a%20b") });
        var loginHint = "user 42&role=admin+x/é";
        var messageHint = "{\"resource\":\"r 1\"}";

        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, loginHint, Target, messageHint, ClientId), CancellationToken.None);

        Assert.Equal("https://platform.test/auth", redirect.RedirectUri.GetLeftPart(UriPartial.Path));
        var query = QueryString.Parse(redirect.RedirectUri);
        Assert.Equal("a b", query["tenant"]);
        Assert.Equal("openid", query["scope"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("form_post", query["response_mode"]);
        Assert.Equal("none", query["prompt"]);
        Assert.Equal(ClientId, query["client_id"]);
        Assert.Equal("https://tool.test/lti/launch", query["redirect_uri"]);
        Assert.Equal(loginHint, query["login_hint"]);
        Assert.Equal(messageHint, query["lti_message_hint"]);
        Assert.Equal(redirect.State, query["state"]);
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.DoesNotContain("+", redirect.RedirectUri.Query, StringComparison.Ordinal); // spaces are %20, a literal + is %2B
    }

    [Fact]
    public async Task InitiateAsync_NoMessageHint_LeavesItOut()
    {
        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target), CancellationToken.None);

        Assert.DoesNotContain("lti_message_hint", QueryString.Parse(redirect.RedirectUri).Keys);
    }

    [Fact]
    public async Task InitiateAsync_ValidRequest_SavesLoginStateWithNonceAndExpiry()
    {
        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target, ClientId: ClientId), CancellationToken.None);

        var saved = await _states.TakeAsync(redirect.State, CancellationToken.None);

        Assert.NotNull(saved);
        Assert.Equal(QueryString.Parse(redirect.RedirectUri)["nonce"], saved.Nonce);
        Assert.Equal("platform-1", saved.RegistrationKey);
        Assert.Equal(Issuer, saved.Issuer);
        Assert.Equal(ClientId, saved.ClientId);
        Assert.Equal(Target, saved.TargetLinkUri);
        Assert.Equal(_time.GetUtcNow().AddMinutes(10), saved.ExpiresAt);
    }

    [Fact]
    public async Task InitiateAsync_ManyLogins_StateAndNonceUniqueAndAtLeast128Bits()
    {
        var values = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target), CancellationToken.None);
            var query = QueryString.Parse(redirect.RedirectUri);
            values.Add(query["state"]);
            values.Add(query["nonce"]);
        }

        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(values, v =>
        {
            Assert.True(Base64Url.IsValid(v), v);
            Assert.True(Base64Url.DecodeFromChars(v).Length * 8 >= 128, v);
        });
    }

    [Theory]
    [InlineData("iss")]
    [InlineData("login_hint")]
    [InlineData("target_link_uri")]
    public async Task InitiateAsync_RequiredParameterMissing_RefusedMissingLoginParameter(string missing)
    {
        var form = new Dictionary<string, string> { ["iss"] = Issuer, ["login_hint"] = "u", ["target_link_uri"] = Target };
        form.Remove(missing);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => _initiator.InitiateAsync(OidcLoginRequest.FromForm(form), CancellationToken.None));

        Assert.Equal(LtiErrorCode.MissingLoginParameter, ex.Code);
        Assert.Equal(400, ex.StatusCode);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitiateAsync_UnknownIssuer_RefusedUnknownIssuer()
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest("https://stranger.test", "u", Target), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownIssuer, ex.Code);
        Assert.Equal(403, ex.StatusCode);
    }

    [Fact]
    public async Task InitiateAsync_IssuerDiffersOnlyInCase_RefusedUnknownIssuer()
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest("https://PLATFORM.test", "u", Target), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownIssuer, ex.Code);
    }

    [Fact]
    public async Task InitiateAsync_UnknownClientId_RefusedUnknownClient()
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target, ClientId: "other-client"), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownClient, ex.Code);
    }

    [Fact]
    public async Task InitiateAsync_SeveralRegistrationsAndNoClientId_RefusedAmbiguousRegistration()
    {
        _registrations.Add(Registration("platform-2", "tool-client-2"));

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target), CancellationToken.None));

        Assert.Equal(LtiErrorCode.AmbiguousRegistration, ex.Code);
        Assert.Contains("client_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitiateAsync_SeveralRegistrationsWithClientId_PicksThatRegistration()
    {
        _registrations.Add(Registration("platform-2", "tool-client-2"));

        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target, ClientId: "tool-client-2"), CancellationToken.None);

        Assert.Equal("tool-client-2", QueryString.Parse(redirect.RedirectUri)["client_id"]);
        Assert.Equal("platform-2", (await _states.TakeAsync(redirect.State, CancellationToken.None))?.RegistrationKey);
    }

    [Theory]
    [InlineData("https://evil.test/lti/course-home")]
    [InlineData("https://tool.test.evil.test/lti/")]
    [InlineData("https://tool.test/lti-evil/")]
    [InlineData("https://tool.test/admin")]
    [InlineData("https://tool.test/lti/../admin")]
    [InlineData("https://tool.test:8443/lti/course-home")]
    [InlineData("http://tool.test/lti/course-home")]
    [InlineData("https://user@tool.test/lti/course-home")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/lti/course-home")]
    [InlineData("packback.co")]
    public async Task InitiateAsync_TargetLinkUriNotOurs_RefusedInvalidTargetLinkUri(string target)
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", target), CancellationToken.None));

        Assert.Equal(LtiErrorCode.InvalidTargetLinkUri, ex.Code);
    }

    [Theory]
    [InlineData("https://tool.test/lti")]
    [InlineData("https://tool.test/lti/")]
    [InlineData("https://TOOL.test:443/lti/sessions/7?tab=recap")]
    public async Task InitiateAsync_TargetLinkUriUnderToolUrl_IsAccepted(string target)
    {
        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", target), CancellationToken.None);

        Assert.Equal(target, (await _states.TakeAsync(redirect.State, CancellationToken.None))?.TargetLinkUri);
    }

    [Fact]
    public async Task InitiateAsync_UnknownDeploymentHint_RefusedUnknownDeployment()
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target, DeploymentId: "deployment-9"), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownDeployment, ex.Code);
    }

    [Fact]
    public async Task InitiateAsync_KnownDeploymentHint_IsAccepted()
    {
        var redirect = await _initiator.InitiateAsync(new OidcLoginRequest(Issuer, "u", Target, DeploymentId: "deployment-1"), CancellationToken.None);

        Assert.NotNull(await _states.TakeAsync(redirect.State, CancellationToken.None));
    }

    [Fact]
    public void Constructor_InvalidSettings_ThrowsNamingTheSetting()
    {
        var settings = new LtiToolSettings { LaunchUrl = new Uri("https://tool.test/lti/launch"), ToolUrls = [], MaxTokenAge = TimeSpan.Zero };

        var ex = Assert.Throws<ArgumentException>(() =>
            new OidcLoginInitiator(_registrations, _states, _time, settings, NullLogger<OidcLoginInitiator>.Instance));

        Assert.Contains(nameof(LtiToolSettings.ToolUrls), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(LtiToolSettings.MaxTokenAge), ex.Message, StringComparison.Ordinal);
    }

    private static PlatformRegistration Registration(string key, string clientId) =>
        new(key, Issuer, clientId, new Uri("https://platform.test/auth"), new Uri("https://platform.test/jwks"), null, new HashSet<string> { "deployment-1" });
}
