namespace Addin.Core.Institutions;

/// <summary>A registration of an LMS (one issuer + client id) for an institution, with the providers it chose.</summary>
public sealed class Platform
{
    public long Id { get; set; }

    public long InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>A short stable key used in URLs, folder names and configuration.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    public required string AuthorizationEndpoint { get; set; }

    public required string JwksUri { get; set; }

    public string? TokenEndpoint { get; set; }

    /// <summary>The platform's OAuth 2 <c>authorization_server</c> (the client assertion's audience), when it differs from the token endpoint.</summary>
    public string? AuthorizationServer { get; set; }

    /// <summary>
    /// The deployments launches may come from. Empty only for an LMS that registered itself without naming one: its
    /// first signed launch names it (<see cref="AwaitsFirstDeployment"/>).
    /// </summary>
    public List<PlatformDeployment> Deployments { get; } = [];

    /// <summary>True while no deployment is known: only an LMS that registered itself is stored without one.</summary>
    public bool AwaitsFirstDeployment => Deployments.Count == 0;

    public List<ProviderSelection> Providers { get; } = [];

    /// <summary>Whether automatic sources import every course's recordings or only those of courses that opted in.</summary>
    public AutomaticImport AutomaticImport { get; set; }
}
