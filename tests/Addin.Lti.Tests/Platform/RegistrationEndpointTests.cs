using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Platform;

public sealed class RegistrationEndpointTests
{
    private const string ToolConfiguration = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private readonly RegistrationEndpoint _endpoint = new([LtiScopes.AgsScore, LtiScopes.AgsLineItem, LtiScopes.NrpsContextMembershipReadOnly]);

    [Fact]
    public void Register_RealToolRequest_RegistersWithNewIdsAndSupportedScopes()
    {
        var request = JsObjectFixture.Load(FixturePaths.Lti("altcs-lti-toolkit", "dynreg--registration-request.jsonc"));

        var outcome = _endpoint.Register(request.ToJsonString());

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Problems));
        Assert.Equal(200, outcome.StatusCode);
        var tool = outcome.Tool!;
        Assert.Equal("LTI Toolkit", tool.ClientName);
        Assert.Equal(new Uri("https://example.com/lti/provider/login"), tool.LoginUrl);
        Assert.Equal([new Uri("https://example.com/lti/provider/launch")], tool.RedirectUris);
        Assert.Equal(new Uri("https://example.com/lti/provider/jwks"), tool.JwksUri);
        Assert.Equal("ltidemo.home.russfeld.me", tool.Domain);
        Assert.Equal([LtiScopes.AgsScore], tool.Scopes);
        Assert.Equal("custom_value", tool.CustomParameters["custom_name"]);
        Assert.Contains("email", tool.Claims);
        Assert.Empty(tool.Messages);
        Assert.Null(tool.DeepLinkingUrl);
        Assert.Matches("^[0-9a-f]{20}$", tool.ClientId);
        Assert.NotEqual(tool.ClientId, tool.DeploymentId);

        using var response = JsonDocument.Parse(outcome.ResponseJson);
        Assert.Equal(tool.ClientId, response.RootElement.GetProperty("client_id").GetString());
        Assert.Equal(tool.DeploymentId, response.RootElement.GetProperty(ToolConfiguration).GetProperty("deployment_id").GetString());
        Assert.Equal(LtiScopes.AgsScore, response.RootElement.GetProperty("scope").GetString());
        Assert.Equal("LTI Toolkit", response.RootElement.GetProperty("client_name").GetString());
    }

    [Fact]
    public void Register_TwoRequests_GetDifferentIds()
    {
        var first = _endpoint.Register(Request().ToJsonString());
        var second = _endpoint.Register(Request().ToJsonString());

        Assert.NotEqual(first.Tool!.ClientId, second.Tool!.ClientId);
        Assert.NotEqual(first.Tool.DeploymentId, second.Tool.DeploymentId);
    }

    [Fact]
    public void Register_DeepLinkingMessage_IsRegisteredWithItsPlacements()
    {
        var outcome = _endpoint.Register(Request().ToJsonString());

        var message = Assert.Single(outcome.Tool!.Messages, m => m.Type == LtiMessageTypes.DeepLinkingRequest);
        Assert.Equal(["ContentArea"], message.Placements);
        Assert.Equal(new Uri("https://tool.test/app/deep-link"), outcome.Tool.DeepLinkingUrl);
    }

    [Fact]
    public void Register_SpecSpellingImplict_IsAccepted()
    {
        var request = Request();
        request["grant_types"] = new JsonArray("implict", "client_credentials");

        Assert.True(_endpoint.Register(request.ToJsonString()).Succeeded);
    }

    public static TheoryData<string, Action<JsonObject>, string> BadRequests() => new()
    {
        { "redirect_uris", r => r.Remove("redirect_uris"), "invalid_redirect_uri" },
        { "redirect_uris", r => r["redirect_uris"] = new JsonArray(), "invalid_redirect_uri" },
        { "redirect_uris", r => r["redirect_uris"] = new JsonArray("/lti/launch"), "invalid_redirect_uri" },
        { "redirect_uris", r => r["redirect_uris"] = new JsonArray("https://tool.test/launch#x"), "invalid_redirect_uri" },
        { "jwks_uri", r => r.Remove("jwks_uri"), "invalid_client_metadata" },
        { "jwks_uri", r => r["jwks_uri"] = "keys.json", "invalid_client_metadata" },
        { "initiate_login_uri", r => r.Remove("initiate_login_uri"), "invalid_client_metadata" },
        { "client_name", r => r.Remove("client_name"), "invalid_client_metadata" },
        { "application_type", r => r["application_type"] = "native", "invalid_client_metadata" },
        { "response_types", r => r["response_types"] = new JsonArray("code"), "invalid_client_metadata" },
        { "grant_types", r => r["grant_types"] = new JsonArray("implicit"), "invalid_client_metadata" },
        { "token_endpoint_auth_method", r => r["token_endpoint_auth_method"] = "client_secret_basic", "invalid_client_metadata" },
        { ToolConfiguration, r => r.Remove(ToolConfiguration), "invalid_client_metadata" },
        { "target_link_uri", r => r[ToolConfiguration]!.AsObject().Remove("target_link_uri"), "invalid_client_metadata" },
        { "domain", r => r[ToolConfiguration]!.AsObject().Remove("domain"), "invalid_client_metadata" },
        { "messages", r => r[ToolConfiguration]!["messages"] = new JsonObject(), "invalid_client_metadata" },
        { "messages", r => r[ToolConfiguration]!["messages"] = new JsonArray(new JsonObject { ["label"] = "no type" }), "invalid_client_metadata" },
        { "custom_parameters", r => r[ToolConfiguration]!["custom_parameters"] = new JsonObject { ["n"] = 1 }, "invalid_client_metadata" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Register_BadRequest_Answers400NamingTheField(string field, Action<JsonObject> breakIt, string error)
    {
        var request = Request();
        breakIt(request);

        var outcome = _endpoint.Register(request.ToJsonString());

        Assert.False(outcome.Succeeded);
        Assert.Equal(400, outcome.StatusCode);
        using var body = JsonDocument.Parse(outcome.ResponseJson);
        Assert.Equal(error, body.RootElement.GetProperty("error").GetString());
        Assert.Contains(field, body.RootElement.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Contains(outcome.Problems, p => p.Contains(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1]")]
    public void Register_NotAJsonObject_Answers400(string body)
    {
        var outcome = _endpoint.Register(body);

        Assert.Equal(400, outcome.StatusCode);
        Assert.Contains("invalid_client_metadata", outcome.ResponseJson, StringComparison.Ordinal);
    }

    private static JsonObject Request() => new()
    {
        ["application_type"] = "web",
        ["response_types"] = new JsonArray("id_token"),
        ["grant_types"] = new JsonArray("implicit", "client_credentials"),
        ["initiate_login_uri"] = "https://tool.test/lti/login",
        ["redirect_uris"] = new JsonArray("https://tool.test/lti/launch"),
        ["client_name"] = "Addin",
        ["jwks_uri"] = "https://tool.test/lti/jwks",
        ["token_endpoint_auth_method"] = "private_key_jwt",
        ["scope"] = $"{LtiScopes.AgsScore} {LtiScopes.AgsResultReadOnly}",
        [ToolConfiguration] = new JsonObject
        {
            ["domain"] = "tool.test",
            ["target_link_uri"] = "https://tool.test/app",
            ["claims"] = new JsonArray("sub", "name"),
            ["messages"] = new JsonArray(
                new JsonObject { ["type"] = LtiMessageTypes.ResourceLinkRequest },
                new JsonObject
                {
                    ["type"] = LtiMessageTypes.DeepLinkingRequest,
                    ["target_link_uri"] = "https://tool.test/app/deep-link",
                    ["placements"] = new JsonArray("ContentArea"),
                }),
        },
    };
}
