using Addin.Lti.Platform;

namespace Addin.Lti.Keys;

/// <summary>The key the tool signs its own JWTs with (client assertions, deep linking responses).</summary>
public interface IToolSigningKeys
{
    /// <summary>The current signing key; its kid is published in the tool's JWKS.</summary>
    Task<RsaSigningKey> GetCurrentAsync(CancellationToken ct);
}
