using System.Text.Json.Nodes;

namespace Addin.Lti.Platform;

/// <summary>An error a token endpoint answers with (RFC 6749 §5.2): the code, a description, and the HTTP status.</summary>
public sealed record OAuthError(string Error, string Description, int StatusCode)
{
    /// <summary>The request is malformed: a parameter is missing or repeated.</summary>
    public static OAuthError InvalidRequest(string description) => new("invalid_request", description, 400);

    /// <summary>The client could not be authenticated: here, its client assertion failed a check.</summary>
    public static OAuthError InvalidClient(string description) => new("invalid_client", description, 401);

    /// <summary>The grant type is not one this endpoint issues tokens for.</summary>
    public static OAuthError UnsupportedGrantType(string description) => new("unsupported_grant_type", description, 400);

    /// <summary>None of the requested scopes may be granted to this client.</summary>
    public static OAuthError InvalidScope(string description) => new("invalid_scope", description, 400);

    /// <summary><c>{"error": …, "error_description": …}</c>.</summary>
    public string ToJson() => new JsonObject { ["error"] = Error, ["error_description"] = Description }.ToJsonString();
}
