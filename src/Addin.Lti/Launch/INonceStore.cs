namespace Addin.Lti.Launch;

/// <summary>Remembers which id_token nonces were used, so a token cannot be replayed.</summary>
public interface INonceStore
{
    /// <summary>
    /// Records the nonce as used; false when it was already used. Must be atomic (e.g. a unique index), so that of two
    /// concurrent calls with the same nonce only one returns true. The record may be dropped after
    /// <paramref name="expiresAt"/>: by then the token carrying the nonce has expired.
    /// </summary>
    Task<bool> TryConsumeAsync(string issuer, string nonce, DateTimeOffset expiresAt, CancellationToken ct);
}
