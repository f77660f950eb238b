namespace Addin.Core.Lti;

/// <summary>A nonce a launch has used; kept until the token it came in would have expired, so it cannot be replayed.</summary>
public sealed class UsedNonce
{
    public required string Issuer { get; set; }

    public required string Nonce { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
