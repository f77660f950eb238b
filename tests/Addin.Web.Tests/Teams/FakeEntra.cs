using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Web.Tests.Teams;

/// <summary>
/// Microsoft Entra ID on 127.0.0.1, for any tenant id in the path, as its v2.0 endpoints answer: the OpenID
/// Connect discovery document, the tenant's signing keys (JWKS) and the token endpoint (client credentials, for Graph).
/// It mints the access tokens Teams' getAuthToken() would hand the tab.
/// </summary>
public sealed class FakeEntra : LocalHttpServer
{
    public const string KeyId = "entra-test-key";

    private readonly RSA key = RSA.Create(2048);

    public FakeEntra(string clientId, string clientSecret)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The authority, as Addin:Teams:Authority takes it (no trailing slash).</summary>
    public string Authority => BaseUrl.ToString().TrimEnd('/');

    public string Issuer(string tenantId) => $"{Authority}/{tenantId}/v2.0";

    /// <summary>The Graph access token the token endpoint issues for a tenant.</summary>
    public static string GraphToken(string tenantId) => "graph-app-token-" + tenantId;

    public int MetadataRequests(string tenantId) => Requests.Count(r => r.Path == $"/{tenantId}/v2.0/.well-known/openid-configuration");

    public int KeyRequests(string tenantId) => Requests.Count(r => r.Path == $"/{tenantId}/discovery/v2.0/keys");

    /// <summary>A v2.0 access token for Addin's API as Entra issues it to Teams for a user.</summary>
    public JsonObject Claims(string tenantId, string objectId, string name, string upn, string audience, TimeSpan? lifetime = null)
    {
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        return new JsonObject
        {
            ["aud"] = audience,
            ["iss"] = Issuer(tenantId),
            ["iat"] = now - 30,
            ["nbf"] = now - 30,
            ["exp"] = now + (long)(lifetime ?? TimeSpan.FromHours(1)).TotalSeconds,
            ["aio"] = "E2ZgYJh3ZHZz",
            ["azp"] = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
            ["azpacr"] = "0",
            ["name"] = name,
            ["oid"] = objectId,
            ["preferred_username"] = upn,
            ["rh"] = "0.ARoA",
            ["scp"] = "access_as_user",
            ["sub"] = "pairwise-" + objectId,
            ["tid"] = tenantId,
            ["uti"] = "AbCdEf",
            ["ver"] = "2.0",
        };
    }

    /// <summary>Signs claims with this Entra's key (or another key, for forgeries), RS256 unless told otherwise.</summary>
    public string Sign(JsonObject claims, RSA? with = null, string alg = "RS256", string kid = KeyId)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = alg, ["kid"] = kid };
        string signingInput = Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(claims.ToJsonString());
        byte[] signature = alg == "HS256"
            ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(ClientSecret), Encoding.ASCII.GetBytes(signingInput))
            : (with ?? key).SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override Task<LocalResponse> Handle(RecordedRequest request)
    {
        string[] parts = request.Path.Trim('/').Split('/');
        if (parts.Length < 2)
        {
            return Task.FromResult(LocalResponse.NotFound(request.Path));
        }

        string tenant = parts[0];
        string rest = string.Join('/', parts.Skip(1));
        return Task.FromResult(rest switch
        {
            "v2.0/.well-known/openid-configuration" => Json(new JsonObject
            {
                ["token_endpoint"] = $"{Authority}/{tenant}/oauth2/v2.0/token",
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
                ["jwks_uri"] = $"{Authority}/{tenant}/discovery/v2.0/keys",
                ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
                ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
                ["issuer"] = Issuer(tenant),
                ["request_uri_parameter_supported"] = false,
                ["userinfo_endpoint"] = "https://graph.microsoft.com/oidc/userinfo",
                ["authorization_endpoint"] = $"{Authority}/{tenant}/oauth2/v2.0/authorize",
                ["http_logout_supported"] = true,
                ["frontchannel_logout_supported"] = true,
                ["end_session_endpoint"] = $"{Authority}/{tenant}/oauth2/v2.0/logout",
                ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "nonce", "name", "oid", "preferred_username", "tid", "ver", "email"),
                ["tenant_region_scope"] = "EU",
                ["cloud_instance_name"] = "microsoftonline.com",
            }),
            "discovery/v2.0/keys" => Json(new JsonObject { ["keys"] = new JsonArray(PublicJwk()) }),
            "oauth2/v2.0/token" when request.Method == "POST" => Token(tenant, request),
            _ => LocalResponse.NotFound(request.Path),
        });
    }

    private LocalResponse Token(string tenant, RecordedRequest request)
    {
        var form = request.Form;
        if (form.GetValueOrDefault("grant_type") != "client_credentials" || form.GetValueOrDefault("client_id") != ClientId ||
            form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            return Json(new JsonObject
            {
                ["error"] = "invalid_client",
                ["error_description"] = "AADSTS7000215: Invalid client secret provided.",
                ["error_codes"] = new JsonArray(7000215),
            }, HttpStatusCode.Unauthorized);
        }

        return Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = GraphToken(tenant) });
    }

    private JsonObject PublicJwk()
    {
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["x5t"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
        };
    }
}
