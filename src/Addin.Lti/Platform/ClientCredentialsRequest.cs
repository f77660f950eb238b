using System.Text.Json.Nodes;

namespace Addin.Lti.Platform;

/// <summary>
/// A token request as LTI Advantage tools send it: the client-credentials grant, authenticated with a JWT client
/// assertion (RFC 7523 §2.2), for space-separated scopes.
/// </summary>
public sealed record ClientCredentialsRequest(string? GrantType, string? ClientAssertionType, string? ClientAssertion, IReadOnlyList<string> Scopes)
{
    /// <summary>The only grant type LTI Advantage services use.</summary>
    public const string ClientCredentialsGrant = "client_credentials";

    /// <summary>The client assertion type of a JWT bearer assertion.</summary>
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>Reads the form fields of the POST.</summary>
    public static ClientCredentialsRequest Parse(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new ClientCredentialsRequest(
            Field(form, "grant_type"),
            Field(form, "client_assertion_type"),
            Field(form, "client_assertion"),
            (Field(form, "scope") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>What is wrong with the request before its assertion is looked at; null when nothing is.</summary>
    public OAuthError? Problem() =>
        GrantType is null ? OAuthError.InvalidRequest("grant_type is missing; send grant_type=client_credentials.")
        : GrantType != ClientCredentialsGrant ? OAuthError.UnsupportedGrantType($"grant_type '{GrantType}' is not supported; send grant_type=client_credentials.")
        : ClientAssertionType != JwtBearerAssertionType ? OAuthError.InvalidRequest($"client_assertion_type must be '{JwtBearerAssertionType}'.")
        : ClientAssertion is null ? OAuthError.InvalidRequest("client_assertion is missing: sign a JWT with the tool's key and send it.")
        : Scopes.Count == 0 ? OAuthError.InvalidScope("scope is missing: name the LTI Advantage scopes the tool needs.")
        : null;

    /// <summary>The successful answer (RFC 6749 §5.1): a bearer token, its lifetime in seconds, and the scopes granted.</summary>
    public static string TokenResponse(string accessToken, TimeSpan lifetime, IEnumerable<string> grantedScopes) =>
        new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
            ["scope"] = string.Join(' ', grantedScopes),
        }.ToJsonString();

    private static string? Field(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
