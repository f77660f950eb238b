namespace Addin.Lti.Registration;

/// <summary>Picks the registration a platform means when it starts a login.</summary>
internal static class RegistrationResolver
{
    /// <summary>
    /// With a client id: the registration with that client id. Without one: the issuer's only registration,
    /// because guessing between several would let one course's launch land in another registration.
    /// </summary>
    public static PlatformRegistration Resolve(IReadOnlyList<PlatformRegistration> candidates, string issuer, string? clientId)
    {
        var forIssuer = candidates.Where(r => string.Equals(r.Issuer, issuer, StringComparison.Ordinal)).ToList();
        if (forIssuer.Count == 0)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnknownIssuer,
                $"No platform is registered with issuer '{issuer}'. Register the platform in Addin, using exactly the issuer it sends.");
        }

        if (clientId is not null)
        {
            return forIssuer.FirstOrDefault(r => string.Equals(r.ClientId, clientId, StringComparison.Ordinal))
                ?? throw new LtiValidationException(
                    LtiErrorCode.UnknownClient,
                    $"Issuer '{issuer}' is registered, but not with client_id '{clientId}'. Add this client id to the platform's registration in Addin.");
        }

        if (forIssuer.Count > 1)
        {
            throw new LtiValidationException(
                LtiErrorCode.AmbiguousRegistration,
                $"Issuer '{issuer}' has {forIssuer.Count} registrations and the login request carried no client_id. Configure the platform to send client_id in the login initiation request.");
        }

        return forIssuer[0];
    }
}
