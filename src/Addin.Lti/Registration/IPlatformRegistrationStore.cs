namespace Addin.Lti.Registration;

/// <summary>Where platform registrations are kept.</summary>
public interface IPlatformRegistrationStore
{
    /// <summary>Every registration whose issuer is exactly <paramref name="issuer"/>; empty when there is none.</summary>
    Task<IReadOnlyList<PlatformRegistration>> FindByIssuerAsync(string issuer, CancellationToken ct);
}
