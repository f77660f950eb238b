using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Addin.Web.Tests.Teams;

/// <summary>
/// POST /teams/session: the Entra ID token from Teams' getAuthToken() is validated against a real Entra on 127.0.0.1
/// (discovery document, JWKS); each forged or wrong token is refused with 401 and a problem naming the check.
/// </summary>
public sealed class TeamsSsoTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Fact]
    public async Task ValidToken_OutsideATeam_OpensThePersonsCourses()
    {
        using var client = fixture.Client();

        var answer = await fixture.SignInAsync(client, TeamsFixture.Stranger);

        Assert.Equal("home", answer.GetProperty("status").GetString());
        string url = answer.GetProperty("url").GetString()!;
        Assert.StartsWith("/app?t=", url, StringComparison.Ordinal);
        using var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sid Stranger", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidToken_WithTheClientIdAsAudience_IsAccepted()
    {
        using var client = fixture.Client();

        using var response = await fixture.PostSessionAsync(client, fixture.TokenFor(TeamsFixture.Stranger, c => c["aud"] = TeamsFixture.ClientId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIns_ReuseTheTenantsKeys_WithoutFetchingThemEachTime()
    {
        using var client = fixture.Client();
        await fixture.SignInAsync(client, TeamsFixture.Stranger);
        int metadata = fixture.Entra.MetadataRequests(TeamsFixture.Tenant);
        int keys = fixture.Entra.KeyRequests(TeamsFixture.Tenant);

        for (int i = 0; i < 3; i++)
        {
            await fixture.SignInAsync(client, TeamsFixture.Stranger);
        }

        Assert.Equal(metadata, fixture.Entra.MetadataRequests(TeamsFixture.Tenant));
        Assert.Equal(keys, fixture.Entra.KeyRequests(TeamsFixture.Tenant));
        Assert.True(keys >= 1, "the keys were fetched from the tenant's jwks_uri");
    }

    public static TheoryData<string, string> Forgeries => new()
    {
        { "wrong-audience", "TEAMS_AUDIENCE" },
        { "audience-of-another-host", "TEAMS_AUDIENCE" },
        { "wrong-issuer", "TEAMS_ISSUER" },
        { "v1-issuer", "TEAMS_ISSUER" },
        { "tenant-not-allowed", "TEAMS_TENANT_NOT_ALLOWED" },
        { "expired", "TEAMS_EXPIRED" },
        { "not-yet-valid", "TEAMS_NOT_YET_VALID" },
        { "bad-signature", "TEAMS_SIGNATURE" },
        { "unknown-key", "TEAMS_SIGNATURE" },
        { "tampered-payload", "TEAMS_SIGNATURE" },
        { "missing-scope", "TEAMS_SCOPE" },
        { "other-scope", "TEAMS_SCOPE" },
        { "hs256", "TEAMS_ALGORITHM" },
        { "alg-none", "TEAMS_ALGORITHM" },
        { "no-tenant", "TEAMS_TOKEN_MALFORMED" },
        { "not-a-jwt", "TEAMS_TOKEN_MALFORMED" },
        { "no-object-id", "TEAMS_SUBJECT" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ForgedOrWrongToken_IsRefused401_NamingTheCheck_WithoutEchoingTheToken(string forgery, string check)
    {
        string token = Forge(forgery);
        using var client = fixture.Client();

        using var response = await fixture.PostSessionAsync(client, token);

        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(check, problem.RootElement.GetProperty("check").GetString());
        Assert.Contains(check, problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        foreach (string part in token.Split('.').Where(p => p.Length > 8))
        {
            Assert.DoesNotContain(part, body, StringComparison.Ordinal);
        }

        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_IsRefusedNamingTheCheck()
    {
        using var client = fixture.Client();

        using var response = await fixture.PostSessionAsync(client, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TEAMS_TOKEN_MISSING", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("check").GetString());
    }

    [Fact]
    public async Task ContextOfAnotherTenant_IsRefused()
    {
        using var client = fixture.Client();

        using var response = await fixture.PostSessionAsync(client, fixture.TokenFor(TeamsFixture.Stranger), tenantId: TeamsFixture.OtherTenant);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TEAMS_CONTEXT_TENANT", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("check").GetString());
    }

    [Fact]
    public async Task TenantNotAllowed_IsRefusedBeforeAnyRequestToItsEntra()
    {
        using var client = fixture.Client();

        using var response = await fixture.PostSessionAsync(client, Forge("tenant-not-allowed"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, fixture.Entra.MetadataRequests(TeamsFixture.OtherTenant));
    }

    private string Forge(string forgery)
    {
        var who = TeamsFixture.Stranger;
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        JsonObject Claims(Action<JsonObject>? change = null)
        {
            var claims = fixture.Entra.Claims(TeamsFixture.Tenant, who.UserId, who.DisplayName, who.Email, fixture.Resource);
            change?.Invoke(claims);
            return claims;
        }

        using var otherKey = RSA.Create(2048);
        return forgery switch
        {
            "wrong-audience" => fixture.Entra.Sign(Claims(c => c["aud"] = "api://addin.example.edu/0d0e0f00-0000-4000-8000-000000000000")),
            "audience-of-another-host" => fixture.Entra.Sign(Claims(c => c["aud"] = $"api://evil.example/{TeamsFixture.ClientId}")),
            "wrong-issuer" => fixture.Entra.Sign(Claims(c => c["iss"] = $"https://login.microsoftonline.com/{TeamsFixture.Tenant}/v2.0")),
            "v1-issuer" => fixture.Entra.Sign(Claims(c => c["iss"] = $"https://sts.windows.net/{TeamsFixture.Tenant}/")),
            "tenant-not-allowed" => fixture.Entra.Sign(fixture.Entra.Claims(TeamsFixture.OtherTenant, who.UserId, who.DisplayName, who.Email, fixture.Resource)),
            "expired" => fixture.Entra.Sign(Claims(c =>
            {
                c["iat"] = now - 7200;
                c["nbf"] = now - 7200;
                c["exp"] = now - 3600;
            })),
            "not-yet-valid" => fixture.Entra.Sign(Claims(c =>
            {
                c["nbf"] = now + 3600;
                c["exp"] = now + 7200;
            })),
            "bad-signature" => fixture.Entra.Sign(Claims(), with: otherKey),
            "unknown-key" => fixture.Entra.Sign(Claims(), with: otherKey, kid: "rotated-away"),
            "tampered-payload" => Tamper(fixture.Entra.Sign(Claims())),
            "missing-scope" => fixture.Entra.Sign(Claims(c => c.Remove("scp"))),
            "other-scope" => fixture.Entra.Sign(Claims(c => c["scp"] = "User.Read email")),
            "hs256" => fixture.Entra.Sign(Claims(), alg: "HS256"),
            "alg-none" => Unsigned(Claims()),
            "no-tenant" => fixture.Entra.Sign(Claims(c => c.Remove("tid"))),
            "not-a-jwt" => "this-is-not-a-token",
            "no-object-id" => fixture.Entra.Sign(Claims(c => c.Remove("oid"))),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    // Same signature, a payload that says someone else.
    private string Tamper(string token)
    {
        string[] parts = token.Split('.');
        var claims = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        claims["oid"] = TeamsFixture.Ana.UserId;
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(claims.ToJsonString())}.{parts[2]}";
    }

    private static string Unsigned(JsonObject claims) =>
        Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
        Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(claims.ToJsonString()) + ".";
}
