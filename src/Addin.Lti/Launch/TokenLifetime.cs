namespace Addin.Lti.Launch;

/// <summary>The checked iat and exp of an id_token.</summary>
internal sealed record TokenLifetime(DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
