namespace Addin.Lti.Registration.Dynamic;

/// <summary>A completed dynamic registration: what to store so the platform can launch the tool.</summary>
/// <param name="Platform">The platform's checked configuration (issuer and endpoints).</param>
/// <param name="ClientId">The client id the platform assigned.</param>
/// <param name="DeploymentId">The deployment the platform created, when it said (some platforms create it later).</param>
/// <param name="RequestedScopes">The scopes the tool asked for.</param>
/// <param name="GrantedScopes">The scopes the platform registered (what it answered, or what was asked when it did not say).</param>
public sealed record ToolRegistrationResult(
    PlatformConfiguration Platform,
    string ClientId,
    string? DeploymentId,
    IReadOnlyList<string> RequestedScopes,
    IReadOnlyList<string> GrantedScopes)
{
    /// <summary>The registration to store, under the host's key for it.</summary>
    public PlatformRegistration ToPlatformRegistration(string key) =>
        new(
            key,
            Platform.Issuer,
            ClientId,
            Platform.AuthorizationEndpoint,
            Platform.JwksUri,
            Platform.TokenEndpoint,
            DeploymentId is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { DeploymentId })
        {
            AuthorizationServer = Platform.AuthorizationServer,
        };
}
