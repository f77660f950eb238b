using Addin.Lti.Registration;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Keys;

/// <summary>Supplies the public keys a platform signs its id_tokens with.</summary>
public interface IPlatformKeyProvider
{
    /// <summary>
    /// The platform's usable RS256 verification keys whose key id is <paramref name="kid"/>; empty when the platform
    /// publishes none. Throws <see cref="LtiValidationException"/> with <see cref="LtiErrorCode.JwksUnavailable"/>
    /// when the key set cannot be obtained, or <see cref="LtiErrorCode.UnsupportedKey"/> when the key exists but
    /// may not be used (e.g. RSA below 2048 bits).
    /// </summary>
    Task<IReadOnlyList<SecurityKey>> GetSigningKeysAsync(PlatformRegistration platform, string kid, CancellationToken ct);
}
