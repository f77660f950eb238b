using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Registration.Dynamic;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Registration.Dynamic;

public sealed class DynamicRegistrationClientTests : IDisposable
{
    private const string Token = "reg-token.eyJzdWIiOiJzZWNyZXQifQ.sig";
    private const string ToolConfiguration = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private const string PlatformConfigurationName = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly LogSink _logs = new();
    private readonly List<TestRegistrationPlatform> _platforms = [];
    private readonly DynamicRegistrationClient _client;

    public DynamicRegistrationClientTests()
    {
        _client = new DynamicRegistrationClient(_http, _logs.For<DynamicRegistrationClient>());
    }

    public void Dispose()
    {
        foreach (var platform in _platforms)
        {
            platform.Dispose();
        }

        _http.Dispose();
    }

    public static TheoryData<string, string, string, string, string, string> RealPlatforms() => new()
    {
        {
            "canvas", "altcs-lti-toolkit/dynreg--lms-information.json", "/api/lti/security/openid-configuration",
            "altcs-lti-toolkit/dynreg--registration-response.json", "10000000000005", "9:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"
        },
        {
            "moodle", "atomicjolt/moodle-3.11-openid-configuration.json", "/mod/lti/openid-configuration.php",
            "atomicjolt/moodle-3.11-registration-response.json", "MwX2PFUCgZCTjol", "2"
        },
        {
            "sakailms.org", "atomicjolt/sakai-openid-configuration.json", "/imsblis/lti13/well_known?key=47&clientId=c8ef5afa-55e4-488f-9271-92ce0ea944be&issuerURL=https%3A%2F%2Fdev1.sakaicloud.com&deploymentId=1",
            "atomicjolt/sakai-registration-response.json", "5ad3e4e5-71d4-4c7e-9e38-4e4bea19c154", "1"
        },
    };

    [Theory]
    [MemberData(nameof(RealPlatforms))]
    public async Task FullFlow_RealPlatformDocuments_YieldClientIdAndDeployment(
        string product, string configuration, string path, string response, string clientId, string deploymentId)
    {
        var platform = Platform(configuration, path, response);

        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);
        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        Assert.Equal(product, config.Lti.ProductFamilyCode);
        Assert.True(config.SupportsDeepLinking);
        Assert.Equal(clientId, result.ClientId);
        Assert.Equal(deploymentId, result.DeploymentId);
        Assert.Equal(platform.BaseUri.AbsoluteUri.TrimEnd('/'), result.Platform.Issuer);
        Assert.All(platform.Requests, r => Assert.Equal("Bearer " + Token, r.Authorization));
        Assert.Equal(2, platform.Requests.Count);
        var registration = Assert.IsType<JsonObject>(JsonNode.Parse(platform.Registration!.Body));
        Assert.Equal("web", registration["application_type"]?.GetValue<string>());
        Assert.Equal("https://tool.test/lti/login", registration["initiate_login_uri"]?.GetValue<string>());
        Assert.Equal(["https://tool.test/lti/launch"], registration["redirect_uris"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("https://tool.test/lti/jwks", registration["jwks_uri"]?.GetValue<string>());
        Assert.Equal("private_key_jwt", registration["token_endpoint_auth_method"]?.GetValue<string>());
        Assert.Equal(["implicit", "client_credentials"], registration["grant_types"]!.AsArray().Select(n => n!.GetValue<string>()));
        var messages = registration[ToolConfiguration]!["messages"]!.AsArray();
        Assert.Equal([LtiMessageTypes.ResourceLinkRequest, LtiMessageTypes.DeepLinkingRequest], messages.Select(m => m!["type"]!.GetValue<string>()));
        Assert.Equal("https://tool.test/app/deep-link", messages[1]!["target_link_uri"]!.GetValue<string>());
        Assert.Equal("tool.test", registration[ToolConfiguration]!["domain"]!.GetValue<string>());
        Assert.NotNull(platform.Registered);
    }

    [Fact]
    public async Task RegisterAsync_Moodle_RequestsTheServiceScopesItSupportsAndNoPlacementsForStringMessages()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/mod/lti/openid-configuration.php", "atomicjolt/moodle-3.11-registration-response.json");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        Assert.Equal(
            [LtiScopes.NrpsContextMembershipReadOnly, LtiScopes.AgsLineItem, LtiScopes.AgsLineItemReadOnly, LtiScopes.AgsResultReadOnly, LtiScopes.AgsScore],
            result.RequestedScopes);
        Assert.Empty(result.GrantedScopes); // Moodle's captured answer registered no scope
        var registration = JsonNode.Parse(platform.Registration!.Body)!;
        Assert.Equal(string.Join(' ', result.RequestedScopes), registration["scope"]!.GetValue<string>());
        Assert.All(registration[ToolConfiguration]!["messages"]!.AsArray(), m => Assert.Null(m!["placements"]));
        Assert.Null(registration[ToolConfiguration]!["https://canvas.instructure.com/lti/privacy_level"]);
        Assert.True(config.Lti.SupportsVariable("$Context.id.history"));
    }

    [Fact]
    public async Task RegisterAsync_Canvas_MatchesShortPlacementNamesAndAsksForNames()
    {
        var platform = Platform("altcs-lti-toolkit/dynreg--lms-information.json", "/api/lti/security/openid-configuration", "altcs-lti-toolkit/dynreg--registration-response.json");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        var configuration = JsonNode.Parse(platform.Registration!.Body)![ToolConfiguration]!;
        var messages = configuration["messages"]!.AsArray();
        Assert.Equal(
            ["https://canvas.instructure.com/lti/course_navigation"],
            messages[0]!["placements"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(
            ["https://canvas.instructure.com/lti/link_selection", "ContentArea"],
            messages[1]!["placements"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("public", configuration["https://canvas.instructure.com/lti/privacy_level"]!.GetValue<string>());
        Assert.Equal("$Context.id.history", configuration["custom_parameters"]!["context_history"]!.GetValue<string>());
        Assert.Equal("canvas.home.russfeld.me", config.AuthorizationServer);
        Assert.Contains(LtiScopes.AgsScore, result.GrantedScopes);
        var stored = result.ToPlatformRegistration("canvas-1");
        Assert.Equal(config.Issuer, stored.Issuer);
        Assert.Equal("10000000000005", stored.ClientId);
        Assert.Equal(new Uri("https://canvas.home.russfeld.me/api/lti/security/jwks"), stored.JwksUri);
        Assert.Equal(new Uri("https://canvas.home.russfeld.me/api/lti/authorize_redirect"), stored.AuthorizationEndpoint);
        Assert.Equal(new Uri("https://canvas.home.russfeld.me/login/oauth2/token"), stored.TokenEndpoint);
        Assert.Equal(["9:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"], stored.DeploymentIds);
    }

    [Fact]
    public async Task RegisterAsync_Sakai_RequestsNoScopeWhenOnlyOpenIdIsSupported()
    {
        var platform = Platform("atomicjolt/sakai-openid-configuration.json", "/sakai/well_known", "atomicjolt/sakai-registration-response.json");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        Assert.Empty(result.RequestedScopes);
        Assert.Equal(string.Empty, JsonNode.Parse(platform.Registration!.Body)!["scope"]!.GetValue<string>());
        Assert.Equal([LtiScopes.AgsScore], result.GrantedScopes);
    }

    [Fact]
    public async Task FullFlow_WithoutRegistrationToken_SendsNoAuthorizationHeader()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/mod/lti/openid-configuration.php", "atomicjolt/moodle-3.11-registration-response.json", expectedToken: null);

        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, null, CancellationToken.None);
        var result = await _client.RegisterAsync(config, Tool(), null, CancellationToken.None);

        Assert.Equal("MwX2PFUCgZCTjol", result.ClientId);
        Assert.Equal(2, platform.Requests.Count);
        Assert.All(platform.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task FullFlow_AgainstThePlatformSideEndpoint_RegistersWhatTheToolSent()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/mod/lti/openid-configuration.php", null);

        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);
        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        var registered = Assert.IsType<Addin.Lti.Platform.RegisteredTool>(platform.Registered);
        Assert.Equal(registered.ClientId, result.ClientId);
        Assert.Equal(registered.DeploymentId, result.DeploymentId);
        Assert.Equal(result.RequestedScopes, registered.Scopes);
        Assert.Equal(result.RequestedScopes, result.GrantedScopes);
        Assert.Equal(new Uri("https://tool.test/app/deep-link"), registered.DeepLinkingUrl);
        Assert.Equal(new Uri("https://tool.test/lti/login"), registered.LoginUrl);
        Assert.Equal("Addin", registered.ClientName);
    }

    public static TheoryData<string, Action<JsonObject>> BrokenConfigurations() => new()
    {
        { "registration_endpoint", c => c.Remove("registration_endpoint") },
        { "authorization_endpoint", c => c.Remove("authorization_endpoint") },
        { "jwks_uri", c => c["jwks_uri"] = "http://platform.example/jwks" },
        { "token_endpoint", c => c["token_endpoint"] = "/token" },
        { "id_token_signing_alg_values_supported", c => c["id_token_signing_alg_values_supported"] = new JsonArray("HS256") },
        { "id_token_signing_alg_values_supported", c => c.Remove("id_token_signing_alg_values_supported") },
        { "scopes_supported", c => c["scopes_supported"] = new JsonArray(LtiScopes.AgsScore) },
        { "response_types_supported", c => c["response_types_supported"] = new JsonArray("code") },
        { "claims_supported", c => c.Remove("claims_supported") },
        { "subject_types_supported", c => c["subject_types_supported"] = "public" },
        { PlatformConfigurationName, c => c.Remove(PlatformConfigurationName) },
        { PlatformConfigurationName + ".product_family_code", c => c[PlatformConfigurationName]!.AsObject().Remove("product_family_code") },
        { PlatformConfigurationName + ".messages_supported", c => c[PlatformConfigurationName]!.AsObject().Remove("messages_supported") },
        { PlatformConfigurationName + ".messages_supported", c => c[PlatformConfigurationName]!["messages_supported"] = new JsonArray(42) },
        { "issuer", c => c.Remove("issuer") },
    };

    [Theory]
    [MemberData(nameof(BrokenConfigurations))]
    public async Task GetPlatformConfigurationAsync_BrokenConfiguration_RefusedNamingTheField(string field, Action<JsonObject> breakIt)
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        breakIt(platform.Configuration);

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() =>
            _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.InvalidConfiguration, ex.Code);
        Assert.Equal(field, ex.Field);
        Assert.Contains($"'{field}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("platform administrator", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://sandbox.moodledemo.net")]
    [InlineData("https://127.0.0.1.evil.example")]
    [InlineData("https://evil.example/127.0.0.1")]
    public async Task GetPlatformConfigurationAsync_IssuerOnAnotherHost_RefusedIssuerMismatch(string issuer)
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.Configuration["issuer"] = issuer;

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() =>
            _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.IssuerMismatch, ex.Code);
        Assert.Equal("issuer", ex.Field);
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlatformConfigurationAsync_IssuerWithPathOnTheSameHost_IsAccepted()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.Configuration["issuer"] = platform.BaseUri.AbsoluteUri + "moodle";

        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        Assert.EndsWith("/moodle", config.Issuer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlatformConfigurationAsync_TokenRefused_RefusedSummarisingTheAnswerWithoutTheToken()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config?registration_token=" + Token, null);
        platform.ConfigurationAnswer = new PlatformAnswer(401, """{"errors":[{"message":"Invalid registration token"}]}""");

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() =>
            _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.ConfigurationUnavailable, ex.Code);
        Assert.Contains("HTTP 401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid registration token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlatformConfigurationAsync_HtmlPage_RefusedConfigurationUnavailable()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.ConfigurationAnswer = new PlatformAnswer(200, "<html><body>Log in</body></html>", "text/html");

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() =>
            _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, null, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.ConfigurationUnavailable, ex.Code);
        Assert.Contains("not JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPlatformConfigurationAsync_NothingListening_RefusedConfigurationUnavailable()
    {
        var url = new Uri($"http://127.0.0.1:{TestJwksServer.FreePort()}/config");

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() => _client.GetPlatformConfigurationAsync(url, Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.ConfigurationUnavailable, ex.Code);
        Assert.Contains("Could not reach", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://platform.example/config")]
    [InlineData("ftp://127.0.0.1/config")]
    public async Task GetPlatformConfigurationAsync_NotHttps_RefusedBeforeAnyRequest(string url)
    {
        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() =>
            _client.GetPlatformConfigurationAsync(new Uri(url), Token, CancellationToken.None));

        Assert.Equal("openid_configuration", ex.Field);
    }

    [Fact]
    public async Task RegisterAsync_PlatformAnswers400_RefusedSummarisingTheErrorBody()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.RegistrationAnswer = new PlatformAnswer(400, """{"error":"invalid_redirect_uri","error_description":"redirect_uris must use the tool's domain"}""");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() => _client.RegisterAsync(config, Tool(), Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.RegistrationFailed, ex.Code);
        Assert.Contains("HTTP 400: invalid_redirect_uri: redirect_uris must use the tool's domain.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_redirect_uri", _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_PlatformAnswers500WithLongHtml_RefusedWithAShortSummary()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.RegistrationAnswer = new PlatformAnswer(500, "<html>\n<body>\n" + new string('x', 5000) + "</body></html>", "text/html");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() => _client.RegisterAsync(config, Tool(), Token, CancellationToken.None));

        Assert.Contains("HTTP 500: <html> <body> xxx", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 600, ex.Message);
    }

    [Fact]
    public async Task RegisterAsync_WrongToken_RefusedSayingToStartAgain()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() => _client.RegisterAsync(config, Tool(), "expired-token", CancellationToken.None));

        Assert.Contains("HTTP 401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("start the registration again", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"client_name":"Addin"}""", "client_id")]
    [InlineData("""{"client_id":""}""", "client_id")]
    [InlineData("""[1,2]""", null)]
    [InlineData("""not json""", null)]
    public async Task RegisterAsync_AnswerWithoutClientId_RefusedInvalidRegistrationResponse(string body, string? field)
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.RegistrationAnswer = new PlatformAnswer(200, body);
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<DynamicRegistrationException>(() => _client.RegisterAsync(config, Tool(), Token, CancellationToken.None));

        Assert.Equal(DynamicRegistrationErrorCode.InvalidRegistrationResponse, ex.Code);
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public async Task RegisterAsync_AnswerWithNumericDeploymentAndNoScope_ReadsThem()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.RegistrationAnswer = new PlatformAnswer(201, """{"client_id":"c-1","https://purl.imsglobal.org/spec/lti-tool-configuration":{"deployment_id":17}}""");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        Assert.Equal("17", result.DeploymentId);
        Assert.Equal(result.RequestedScopes, result.GrantedScopes);
    }

    [Fact]
    public async Task RegisterAsync_AnswerWithoutDeployment_LeavesItToBeAddedLater()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        platform.RegistrationAnswer = new PlatformAnswer(200, """{"client_id":"c-1"}""");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var result = await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        Assert.Null(result.DeploymentId);
        Assert.Empty(result.ToPlatformRegistration("p").DeploymentIds);
    }

    [Fact]
    public async Task RegisterAsync_PlatformWithoutDeepLinking_RegistersOnlyTheResourceLinkMessage()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", "atomicjolt/moodle-3.11-registration-response.json");
        platform.Configuration[PlatformConfigurationName]!["messages_supported"] = new JsonArray("LtiResourceLinkRequest");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        await _client.RegisterAsync(config, Tool(), Token, CancellationToken.None);

        var messages = JsonNode.Parse(platform.Registration!.Body)![ToolConfiguration]!["messages"]!.AsArray();
        Assert.Equal([LtiMessageTypes.ResourceLinkRequest], messages.Select(m => m!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RegisterAsync_LocalizedNamesAndContacts_AreSent()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", "atomicjolt/moodle-3.11-registration-response.json");
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        await _client.RegisterAsync(
            config,
            Tool() with { LocalizedNames = new Dictionary<string, string> { ["de"] = "Addin Aufzeichnungen" }, Contacts = ["ops@tool.test"], LogoUrl = new Uri("https://tool.test/logo.svg") },
            Token,
            CancellationToken.None);

        var registration = JsonNode.Parse(platform.Registration!.Body)!;
        Assert.Equal("Addin Aufzeichnungen", registration["client_name#de"]!.GetValue<string>());
        Assert.Equal("ops@tool.test", registration["contacts"]![0]!.GetValue<string>());
        Assert.Equal("https://tool.test/logo.svg", registration["logo_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterAsync_IncompleteTool_ThrowsNamingTheProperty()
    {
        var platform = Platform("atomicjolt/moodle-3.11-openid-configuration.json", "/config", null);
        var config = await _client.GetPlatformConfigurationAsync(platform.ConfigurationUrl, Token, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            _client.RegisterAsync(config, Tool() with { JwksUrl = new Uri("/jwks", UriKind.Relative), Name = "" }, Token, CancellationToken.None));

        Assert.Contains("JwksUrl", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Name", ex.Message, StringComparison.Ordinal);
        Assert.Single(platform.Requests);
    }

    internal static ToolRegistration Tool() => new()
    {
        Name = "Addin",
        Description = "Session recordings for your course",
        LoginUrl = new Uri("https://tool.test/lti/login"),
        LaunchUrl = new Uri("https://tool.test/lti/launch"),
        JwksUrl = new Uri("https://tool.test/lti/jwks"),
        TargetLinkUrl = new Uri("https://tool.test/app"),
        DeepLinkingUrl = new Uri("https://tool.test/app/deep-link"),
        ResourceLinkPlacements = ["course_navigation"],
        DeepLinkingPlacements = ["link_selection", "ContentArea", "not_offered"],
        CustomParameters = new Dictionary<string, string> { ["context_history"] = "$Context.id.history" },
    };

    private TestRegistrationPlatform Platform(string configuration, string path, string? response, string? expectedToken = Token)
    {
        var platform = new TestRegistrationPlatform(
            FixturePaths.Lti(configuration.Split('/')),
            path,
            response is null ? null : FixturePaths.Lti(response.Split('/')),
            expectedToken);
        _platforms.Add(platform);
        return platform;
    }
}
