using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Keys;

/// <summary>
/// Validation parameters that check only an RS256 signature against the given keys. Every other check (issuer, audience,
/// lifetime against the injected clock) is made by the caller, in its own order and with its own error codes.
/// </summary>
public static class SignatureOnlyValidation
{
    public static TokenValidationParameters For(IEnumerable<SecurityKey> keys) => new()
    {
        IssuerSigningKeys = keys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };
}
