using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Platform;

/// <summary>
/// The checks a platform makes on any JWT the tool signs (deep linking responses, client assertions): RS256 with a
/// <c>kid</c>, the signature against the tool's published key set, and the lifetime against the platform's clock.
/// Failures throw <see cref="LtiValidationException"/> naming the token.
/// </summary>
internal sealed class ToolJwtChecks
{
    private readonly string _tokenName;
    private readonly TimeProvider _time;
    private readonly TimeSpan _clockSkew;
    private readonly TimeSpan _maxAge;
    private readonly JsonWebTokenHandler _handler = new();

    /// <param name="tokenName">How messages name the token, e.g. <c>client assertion</c>.</param>
    /// <param name="time">The platform's clock.</param>
    /// <param name="clockSkew">Tolerance for clock differences.</param>
    /// <param name="maxAge">How long after its iat the token is still accepted.</param>
    public ToolJwtChecks(string tokenName, TimeProvider time, TimeSpan clockSkew, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(time);
        _tokenName = tokenName;
        _time = time;
        _clockSkew = clockSkew;
        _maxAge = maxAge;
    }

    /// <summary>RS256 only, and a kid to choose the key by; returns the kid.</summary>
    public static string CheckHeader(ClaimSet header, string tokenName)
    {
        ArgumentNullException.ThrowIfNull(header);
        var alg = header.String("alg");
        if (alg != SecurityAlgorithms.RsaSha256)
        {
            throw new LtiValidationException(LtiErrorCode.UnsupportedAlgorithm, $"The {tokenName} is signed with alg '{alg ?? "(none)"}'; RS256 is required.");
        }

        var kid = header.String("kid");
        return string.IsNullOrEmpty(kid)
            ? throw new LtiValidationException(LtiErrorCode.MissingKid, $"The {tokenName} header has no kid, so the tool key that signed it cannot be chosen.")
            : kid;
    }

    /// <summary>Verifies the signature with the key <paramref name="kid"/> of the tool's JWKS document.</summary>
    public async Task VerifySignatureAsync(string compact, string kid, string toolJwks)
    {
        JwksSnapshot keySet;
        try
        {
            keySet = JwksParser.Parse(toolJwks, _time.GetUtcNow());
        }
        catch (FormatException ex)
        {
            throw new LtiValidationException(LtiErrorCode.JwksUnavailable, $"The tool's key set cannot be read: {ex.Message}");
        }

        if (keySet.RefusedKeys.TryGetValue(kid, out var reason))
        {
            throw new LtiValidationException(LtiErrorCode.UnsupportedKey, $"The tool key '{kid}' cannot be used: {reason}.");
        }

        if (!keySet.UsableKeys.TryGetValue(kid, out var keys))
        {
            throw new LtiValidationException(LtiErrorCode.UnknownKid, $"The tool's key set has no key '{kid}'.");
        }

        // Parties are checked by the caller, lifetime by CheckLifetime against the injected clock.
        var result = await _handler.ValidateTokenAsync(compact, SignatureOnlyValidation.For(keys));
        if (!result.IsValid)
        {
            throw new LtiValidationException(LtiErrorCode.BadSignature, $"The {_tokenName}'s signature does not verify with the tool key '{kid}'.");
        }
    }

    /// <summary>exp in the future, iat neither in the future nor older than the maximum age; returns exp.</summary>
    public DateTimeOffset CheckLifetime(ClaimSet payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var now = _time.GetUtcNow();
        var expiresAt = payload.NumericDate(LtiClaimNames.ExpiresAt)
            ?? throw new LtiValidationException(LtiErrorCode.MissingExp, $"The {_tokenName} has no exp.");
        if (now >= expiresAt + _clockSkew)
        {
            throw new LtiValidationException(LtiErrorCode.Expired, $"The {_tokenName} expired at {expiresAt:O}.");
        }

        var issuedAt = payload.NumericDate(LtiClaimNames.IssuedAt)
            ?? throw new LtiValidationException(LtiErrorCode.MissingIat, $"The {_tokenName} has no iat.");
        if (issuedAt > now + _clockSkew)
        {
            throw new LtiValidationException(LtiErrorCode.IssuedInFuture, $"The {_tokenName} claims to be issued at {issuedAt:O}, in the future.");
        }

        if (issuedAt < now - _maxAge - _clockSkew)
        {
            throw new LtiValidationException(LtiErrorCode.TooOld, $"The {_tokenName} was issued at {issuedAt:O}, more than {_maxAge.TotalMinutes:0.#} minutes ago.");
        }

        return expiresAt;
    }
}
