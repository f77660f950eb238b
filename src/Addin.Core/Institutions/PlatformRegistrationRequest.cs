namespace Addin.Core.Institutions;

/// <summary>What an administrator (or LTI Dynamic Registration) registers for an LMS.</summary>
public sealed record PlatformRegistrationRequest
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string InstitutionName { get; init; }

    public required string Issuer { get; init; }

    public required string ClientId { get; init; }

    public required Uri AuthorizationEndpoint { get; init; }

    public required Uri JwksUri { get; init; }

    public Uri? TokenEndpoint { get; init; }

    /// <summary>The platform's OAuth 2 authorization server identifier, when its token requests expect it as the audience (D2L, Canvas).</summary>
    public string? AuthorizationServer { get; init; }

    public required IReadOnlyList<string> DeploymentIds { get; init; }

    /// <summary>
    /// True when the LMS registered itself (LTI Dynamic Registration), which anyone who runs an LMS can start: it may
    /// come without a deployment id (the first launch names it), it may create a new institution but never join an
    /// existing one, and it may update only its own registration (same issuer and client id).
    /// </summary>
    public bool RegisteredByPlatform { get; init; }
}
