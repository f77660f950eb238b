namespace Addin.Lti.Registration;

/// <summary>One registration of this tool with a platform (an LMS): who it is and where its endpoints are.</summary>
/// <param name="Key">The host's opaque identifier of this registration.</param>
/// <param name="Issuer">The platform's issuer identifier, compared exactly with the <c>iss</c> it sends.</param>
/// <param name="ClientId">The client id the platform assigned to this tool.</param>
/// <param name="AuthorizationEndpoint">The platform's OIDC authorization endpoint.</param>
/// <param name="JwksUri">Where the platform publishes the keys it signs id_tokens with.</param>
/// <param name="TokenEndpoint">The platform's OAuth 2 token endpoint, for LTI Advantage services.</param>
/// <param name="DeploymentIds">The deployments of this tool on the platform that the institution allowed.</param>
public sealed record PlatformRegistration(
    string Key,
    string Issuer,
    string ClientId,
    Uri AuthorizationEndpoint,
    Uri JwksUri,
    Uri? TokenEndpoint,
    IReadOnlySet<string> DeploymentIds)
{
    /// <summary>
    /// The platform's <c>authorization_server</c> identifier when it published one (D2L, Canvas): the <c>aud</c> of the
    /// tool's client assertions. Null: the token endpoint URL is the audience, as LTI Dynamic Registration prescribes.
    /// </summary>
    public string? AuthorizationServer { get; init; }

    /// <summary>
    /// True when the platform registered the tool without naming a deployment (Canvas's dynamic registration may not):
    /// while <see cref="DeploymentIds"/> is empty, the first launch the platform signs names the deployment and the
    /// store records it (<see cref="IPlatformRegistrationStore.RecordFirstDeploymentAsync"/>). Later deployments are
    /// added by an administrator, like any other.
    /// </summary>
    public bool AcceptsFirstDeployment { get; init; }

    /// <summary>True when a launch may name a deployment that is not registered yet, because none is.</summary>
    public bool AwaitsFirstDeployment => AcceptsFirstDeployment && DeploymentIds.Count == 0;
}
