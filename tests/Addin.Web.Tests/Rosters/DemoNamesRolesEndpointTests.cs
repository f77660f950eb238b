using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Addin.Lti.Platform;
using Addin.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Rosters;

/// <summary>
/// The demo LMS's side of Names and Role Provisioning, over HTTP: its token endpoint takes only the tool's own signed
/// assertion (checked against the tool's JWKS, once), and its membership pages only a token it issued.
/// </summary>
public sealed class DemoNamesRolesEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string ClientId = "addin-demo-tool";

    private readonly AddinApp app = fixture.App;

    private Uri TokenEndpoint => new(app.BaseUrl, "/demo/platform/token");

    [Fact]
    public async Task Token_ForTheToolsAssertion_IsIssuedOnce_AndReadsTheRosterPageByPage()
    {
        using var client = Client();
        string assertion = await AssertionAsync();

        using var issued = await RequestTokenAsync(client, assertion);
        using var replayed = await RequestTokenAsync(client, assertion);
        using var token = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        var members = await ReadRosterAsync(client, token.RootElement.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Bearer", token.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(3600, token.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal(LtiScopes.NrpsContextMembershipReadOnly, token.RootElement.GetProperty("scope").GetString());
        await AssertOAuthErrorAsync(replayed, HttpStatusCode.Unauthorized, "invalid_client", "jti");

        Assert.Equal(["demo-instructor-rivera", "demo-student-sam", "demo-student-alex", "demo-student-riley", "demo-parent-jordan"],
            members.Select(m => m["user_id"]!.GetValue<string>()));
        var parent = members.Single(m => m["user_id"]!.GetValue<string>() == "demo-parent-jordan");
        Assert.Equal("[\"demo-student-sam\"]", parent["message"]![0]!["https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"]!.ToJsonString());
    }

    public static TheoryData<string, HttpStatusCode, string, string> BadRequests() => new()
    {
        { "signed by another key", HttpStatusCode.Unauthorized, "invalid_client", "signature" },
        { "for another token endpoint", HttpStatusCode.Unauthorized, "invalid_client", "aud" },
        { "from another client", HttpStatusCode.Unauthorized, "invalid_client", "iss" },
        { "for a scope not offered", HttpStatusCode.BadRequest, "invalid_scope", "contextmembership.readonly" },
        { "with another grant", HttpStatusCode.BadRequest, "unsupported_grant_type", "client_credentials" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Token_ForgedOrWrongRequest_IsRefusedWithTheOAuthError(string what, HttpStatusCode status, string error, string detail)
    {
        using var client = Client();
        var key = await app.Services.GetRequiredService<ToolKeyRing>().GetCurrentAsync(CancellationToken.None);
        using var impostor = RsaSigningKey.Create(key.KeyId);
        string assertion = what switch
        {
            "signed by another key" => await AssertionAsync(signWith: impostor),
            "for another token endpoint" => await AssertionAsync(audience: "https://lms.example/token"),
            "from another client" => await AssertionAsync(clientId: "someone-else"),
            _ => await AssertionAsync(),
        };

        using var response = await RequestTokenAsync(
            client,
            assertion,
            scope: what == "for a scope not offered" ? "https://purl.imsglobal.org/spec/lti/scope/noticehandlers" : LtiScopes.NrpsContextMembershipReadOnly,
            grantType: what == "with another grant" ? "password" : "client_credentials");

        await AssertOAuthErrorAsync(response, status, error, detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer never-issued")]
    public async Task Memberships_WithoutATokenItIssued_Answers401(string? authorization)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/demo/platform/courses/demo-ctx-alg-101/memberships");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private HttpClient Client() => new() { BaseAddress = app.BaseUrl };

    private async Task<string> AssertionAsync(RsaSigningKey? signWith = null, string? audience = null, string clientId = ClientId)
    {
        var key = signWith ?? await app.Services.GetRequiredService<ToolKeyRing>().GetCurrentAsync(CancellationToken.None);
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        return IdTokenBuilder.SignRaw(
            new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = key.KeyId },
            new JsonObject
            {
                ["iss"] = clientId,
                ["sub"] = clientId,
                ["aud"] = audience ?? TokenEndpoint.AbsoluteUri,
                ["iat"] = now,
                ["exp"] = now + 300,
                ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            },
            key);
    }

    private Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string assertion, string scope = LtiScopes.NrpsContextMembershipReadOnly, string grantType = "client_credentials") =>
        client.PostAsync(TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = scope,
        }));

    /// <summary>Follows the Link rel="next" pages of Algebra's roster; every page is a membership container of at most two.</summary>
    private static async Task<List<JsonNode>> ReadRosterAsync(HttpClient client, string accessToken)
    {
        var members = new List<JsonNode>();
        Uri? next = new(client.BaseAddress!, "/demo/platform/courses/demo-ctx-alg-101/memberships");
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.ims.lti-nrps.v2.membershipcontainer+json", response.Content.Headers.ContentType?.MediaType);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("demo-ctx-alg-101", page["context"]!["id"]!.GetValue<string>());
            var onPage = page["members"]!.AsArray().Select(m => m!).ToList();
            Assert.InRange(onPage.Count, 1, 2);
            members.AddRange(onPage);
            next = response.Headers.TryGetValues("Link", out var links) ? new Uri(links.Single().Split('>')[0].TrimStart('<')) : null;
        }

        return members;
    }

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error, string detail)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.RootElement.GetProperty("error").GetString());
        Assert.Contains(detail, body.RootElement.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }
}
