using Addin.Lti.Claims;
using Addin.Lti.Launch;

namespace Addin.Lti.Platform;

/// <summary>Who a platform's token endpoint expects a client assertion from, and addressed to whom.</summary>
/// <param name="ClientId">The tool's client id: the assertion's <c>iss</c> and <c>sub</c>.</param>
/// <param name="Audiences">
/// What the assertion's <c>aud</c> may name: the token endpoint URL and, where the platform publishes one, its
/// <c>authorization_server</c> identifier.
/// </param>
public sealed record ClientAssertionExpectation(string ClientId, IReadOnlyCollection<string> Audiences);

/// <summary>A client assertion that passed every check.</summary>
public sealed record VerifiedClientAssertion(string ClientId, string JwtId, DateTimeOffset ExpiresAt);

/// <summary>
/// The platform side of the LTI Advantage client-credentials grant: verifies the JWT a tool authenticates with at the
/// token endpoint (1EdTech Security Framework §4.1; RFC 7523 §3): RS256 with the tool's published key, <c>iss</c> =
/// <c>sub</c> = the client id, <c>aud</c> naming this token endpoint, <c>exp</c>/<c>iat</c>, and a <c>jti</c> used
/// once. Failures throw <see cref="LtiValidationException"/>; a token endpoint answers them with <c>invalid_client</c>.
/// </summary>
public sealed class ClientAssertionVerifier
{
    private const string TokenName = "client assertion";

    private readonly INonceStore _usedJwtIds;
    private readonly TimeSpan _clockSkew;
    private readonly ToolJwtChecks _checks;

    /// <summary>Creates the verifier.</summary>
    /// <param name="usedJwtIds">Remembers the jti values already received, keyed by the client id.</param>
    /// <param name="time">The platform's clock.</param>
    /// <param name="clockSkew">Tolerance for clock differences, 60 seconds unless given.</param>
    /// <param name="maxAge">How long after its iat an assertion is still accepted, 10 minutes unless given.</param>
    public ClientAssertionVerifier(INonceStore usedJwtIds, TimeProvider time, TimeSpan? clockSkew = null, TimeSpan? maxAge = null)
    {
        ArgumentNullException.ThrowIfNull(usedJwtIds);
        ArgumentNullException.ThrowIfNull(time);
        _usedJwtIds = usedJwtIds;
        _clockSkew = clockSkew ?? TimeSpan.FromSeconds(60);
        _checks = new ToolJwtChecks(TokenName, time, _clockSkew, maxAge ?? TimeSpan.FromMinutes(10));
    }

    /// <summary>Verifies <paramref name="assertion"/> against the tool's published key set.</summary>
    /// <param name="assertion">The <c>client_assertion</c> form field.</param>
    /// <param name="expected">The client and the audiences this token endpoint answers to.</param>
    /// <param name="toolJwks">The JWKS document served at the tool's JWKS URL.</param>
    /// <param name="ct">Cancels the jti check.</param>
    public async Task<VerifiedClientAssertion> VerifyAsync(string? assertion, ClientAssertionExpectation expected, string toolJwks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(toolJwks);
        using var token = ParsedIdToken.Parse(assertion, TokenName);
        var kid = ToolJwtChecks.CheckHeader(token.Header, TokenName);
        CheckParties(token.Payload, expected);
        await _checks.VerifySignatureAsync(token.Compact, kid, toolJwks);
        var expiresAt = _checks.CheckLifetime(token.Payload);
        var jwtId = await ConsumeJwtIdAsync(token.Payload, expected.ClientId, expiresAt, ct);
        return new VerifiedClientAssertion(expected.ClientId, jwtId, expiresAt);
    }

    private static void CheckParties(ClaimSet payload, ClientAssertionExpectation expected)
    {
        var issuer = payload.String(LtiClaimNames.Issuer);
        if (!string.Equals(issuer, expected.ClientId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.IssuerMismatch,
                $"The {TokenName}'s iss '{issuer ?? "(none)"}' is not the tool's client id '{expected.ClientId}'.");
        }

        var subject = payload.String(LtiClaimNames.Subject);
        if (!string.Equals(subject, expected.ClientId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidClaim,
                $"The {TokenName}'s sub '{subject ?? "(none)"}' is not the tool's client id '{expected.ClientId}'; iss and sub must both be the client id.");
        }

        var audiences = payload.StringArray(LtiClaimNames.Audience) ?? [];
        if (!audiences.Any(a => expected.Audiences.Contains(a, StringComparer.Ordinal)))
        {
            throw new LtiValidationException(
                LtiErrorCode.AudienceMismatch,
                $"The {TokenName}'s aud ({(audiences.Count == 0 ? "none" : string.Join(", ", audiences))}) does not name this token endpoint ({string.Join(" or ", expected.Audiences)}).");
        }
    }

    private async Task<string> ConsumeJwtIdAsync(ClaimSet payload, string clientId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var jwtId = payload.String("jti");
        if (string.IsNullOrEmpty(jwtId))
        {
            throw new LtiValidationException(LtiErrorCode.MissingNonce, $"The {TokenName} has no jti, so its replay cannot be detected.");
        }

        if (!await _usedJwtIds.TryConsumeAsync(clientId, jwtId, expiresAt + _clockSkew, ct))
        {
            throw new LtiValidationException(LtiErrorCode.NonceReplayed, $"The {TokenName} was already received once (its jti is used).");
        }

        return jwtId;
    }
}
