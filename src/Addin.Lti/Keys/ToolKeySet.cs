using Addin.Lti.Platform;

namespace Addin.Lti.Keys;

/// <summary>
/// The tool's signing keys at one moment. Tokens are always signed with <see cref="Current"/>; the JWKS publishes
/// <see cref="Next"/> ahead of its use, so platforms that cache the tool's JWKS already know it when it becomes
/// current, and <see cref="Previous"/> for a grace period after rotation, so tokens signed just before the rotation
/// still verify.
/// </summary>
/// <param name="Current">The key every new token is signed with.</param>
/// <param name="Next">The key that becomes current at the next rotation.</param>
/// <param name="Previous">The key that was current before the last rotation, while its grace period lasts; otherwise null.</param>
/// <param name="CurrentSince">When <paramref name="Current"/> became the signing key.</param>
public sealed record ToolKeySet(RsaSigningKey Current, RsaSigningKey Next, RsaSigningKey? Previous, DateTimeOffset CurrentSince)
{
    /// <summary>The keys to publish at the tool's JWKS URL: previous (if any), current, next.</summary>
    public IReadOnlyList<RsaSigningKey> PublishedKeys =>
        Previous is null ? [Current, Next] : [Previous, Current, Next];
}
