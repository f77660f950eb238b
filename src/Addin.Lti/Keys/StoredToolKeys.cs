namespace Addin.Lti.Keys;

/// <summary>
/// One of the tool's key pairs as persisted. <see cref="PrivateKeyPem"/> is a secret: store it encrypted and never log
/// it (<see cref="ToString"/> leaves it out).
/// </summary>
/// <param name="KeyId">The kid published in the JWKS and put in token headers.</param>
/// <param name="PrivateKeyPem">The private key as PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>).</param>
/// <param name="CreatedAt">When the key pair was generated.</param>
public sealed record StoredToolKey(string KeyId, string PrivateKeyPem, DateTimeOffset CreatedAt)
{
    /// <summary>The kid and creation time only: the private key is never part of the text.</summary>
    public override string ToString() => $"StoredToolKey {{ KeyId = {KeyId}, CreatedAt = {CreatedAt:O} }}";
}

/// <summary>The tool's key set as persisted by an <see cref="IToolKeyStore"/>.</summary>
/// <param name="Current">The signing key.</param>
/// <param name="Next">The key that becomes current at the next rotation (already published).</param>
/// <param name="Previous">The key that was current before the last rotation, kept for its grace period; null otherwise.</param>
/// <param name="CurrentSince">When <paramref name="Current"/> became the signing key; rotation is due a rotation interval later.</param>
public sealed record StoredToolKeys(StoredToolKey Current, StoredToolKey Next, StoredToolKey? Previous, DateTimeOffset CurrentSince)
{
    /// <summary>Kids and times only: no private key is ever part of the text.</summary>
    public override string ToString() =>
        $"StoredToolKeys {{ Current = {Current.KeyId}, Next = {Next.KeyId}, Previous = {Previous?.KeyId ?? "none"}, CurrentSince = {CurrentSince:O} }}";
}
