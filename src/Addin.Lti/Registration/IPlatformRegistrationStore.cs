namespace Addin.Lti.Registration;

/// <summary>Where platform registrations are kept.</summary>
public interface IPlatformRegistrationStore
{
    /// <summary>Every registration whose issuer is exactly <paramref name="issuer"/>; empty when there is none.</summary>
    Task<IReadOnlyList<PlatformRegistration>> FindByIssuerAsync(string issuer, CancellationToken ct);

    /// <summary>
    /// Records <paramref name="deploymentId"/> as the first deployment of a registration that awaits one
    /// (<see cref="PlatformRegistration.AwaitsFirstDeployment"/>), atomically: of two launches naming different
    /// deployments at once, one wins. True when the registration's deployments now include it (recorded now or
    /// already); false when the registration has another deployment, does not await one, or no longer exists.
    /// </summary>
    Task<bool> RecordFirstDeploymentAsync(string registrationKey, string deploymentId, CancellationToken ct);
}
