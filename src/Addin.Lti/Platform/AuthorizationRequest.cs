namespace Addin.Lti.Platform;

/// <summary>The OIDC authentication request a tool sends the browser to (Security Framework §5.1.1.2), as the platform sees it.</summary>
public sealed record AuthorizationRequest(
    string? Scope,
    string? ResponseType,
    string? ResponseMode,
    string? Prompt,
    string? ClientId,
    string? RedirectUri,
    string? LoginHint,
    string? LtiMessageHint,
    string? State,
    string? Nonce)
{
    /// <summary>Reads the request from its query or form parameters; absent parameters are null.</summary>
    public static AuthorizationRequest Parse(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        return new AuthorizationRequest(
            Get("scope"),
            Get("response_type"),
            Get("response_mode"),
            Get("prompt"),
            Get("client_id"),
            Get("redirect_uri"),
            Get("login_hint"),
            Get("lti_message_hint"),
            Get("state"),
            Get("nonce"));
    }

    /// <summary>
    /// Lists every problem; empty when the platform may answer with an id_token. When client_id or redirect_uri is
    /// among the problems, the platform must not redirect back to the tool at all.
    /// </summary>
    public IReadOnlyList<AuthorizationRequestProblem> Validate(string expectedClientId, IReadOnlyCollection<Uri> allowedRedirectUris)
    {
        ArgumentNullException.ThrowIfNull(allowedRedirectUris);
        var problems = new List<AuthorizationRequestProblem>();
        void Problem(string parameter, string message) => problems.Add(new AuthorizationRequestProblem(parameter, message));

        if (Scope is null || !Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal))
        {
            Problem("scope", "must be 'openid'.");
        }

        if (ResponseType != "id_token")
        {
            Problem("response_type", "must be 'id_token'.");
        }

        if (ResponseMode != "form_post")
        {
            Problem("response_mode", "must be 'form_post'.");
        }

        if (Prompt != "none")
        {
            Problem("prompt", "must be 'none'.");
        }

        if (ClientId != expectedClientId)
        {
            Problem("client_id", $"'{ClientId}' is not the registered client id.");
        }

        if (!IsAllowedRedirect(RedirectUri, allowedRedirectUris))
        {
            Problem("redirect_uri", $"'{RedirectUri}' is not one of the tool's registered redirect URIs.");
        }

        if (LoginHint is null)
        {
            Problem("login_hint", "is required.");
        }

        if (State is null)
        {
            Problem("state", "is required.");
        }

        if (Nonce is null)
        {
            Problem("nonce", "is required.");
        }

        return problems;
    }

    // Exact match, as OAuth 2 requires: no prefix or pattern matching.
    private static bool IsAllowedRedirect(string? redirectUri, IReadOnlyCollection<Uri> allowed) =>
        redirectUri is not null
        && Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri)
        && allowed.Any(a => string.Equals(a.AbsoluteUri, uri.AbsoluteUri, StringComparison.Ordinal));
}
