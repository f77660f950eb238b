using System.Globalization;
using Addin.Lti.Keys;
using Addin.Web.Configuration;
using Addin.Web.Manifests;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Web.Teams;

/// <summary>Who a valid Teams token says is signing in.</summary>
/// <param name="TenantId">The Entra tenant (<c>tid</c>).</param>
/// <param name="ObjectId">The user's object id in that tenant (<c>oid</c>): stable, never reassigned.</param>
/// <param name="Name">The display name (<c>name</c>).</param>
/// <param name="Email">The <c>email</c> claim, or <c>preferred_username</c> when it is an address.</param>
public sealed record TeamsIdentity(string TenantId, string ObjectId, string? Name, string? Email);

/// <summary>
/// Validates the Entra ID access token the Teams tab got from <c>authentication.getAuthToken()</c>, as an ordered
/// chain where each refusal names its check: a JWT signed with RS256; its tenant (<c>tid</c>) among
/// <c>Addin:Teams:AllowedTenants</c>; issuer <c>{Authority}/{tid}/v2.0</c>; signature against the tenant's published
/// keys; audience Addin's Entra app (<c>api://{host}/{client id}</c> or the client id); lifetime against the injected
/// clock; scope <c>access_as_user</c>; and an object id.
/// </summary>
public sealed partial class EntraTokenValidator(
    IOptions<TeamsOptions> options,
    IOptions<AddinOptions> addin,
    EntraMetadata metadata,
    TimeProvider time,
    ILogger<EntraTokenValidator> logger)
{
    /// <summary>The clock difference tolerated between Entra ID and Addin.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<TeamsIdentity> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        var teams = options.Value;
        if (!teams.IsConfigured)
        {
            throw new TeamsSignInException(
                TeamsChecks.NotConfigured,
                "Teams sign-in is not set up on this Addin: its administrator sets Addin:Teams:ClientId to the Entra app's client id.",
                StatusCodes.Status503ServiceUnavailable);
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new TeamsSignInException(TeamsChecks.TokenMissing, "No token: send the token from Teams' getAuthToken() as 'Authorization: Bearer …'.");
        }

        var jwt = Read(token);
        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            throw new TeamsSignInException(TeamsChecks.Algorithm, $"The token is signed with '{jwt.Alg}'; Entra ID tokens are signed with RS256.");
        }

        string tenantId = Claim(jwt, "tid") is { } tid && Guid.TryParse(tid, out _)
            ? tid.ToLowerInvariant()
            : throw new TeamsSignInException(TeamsChecks.TokenMalformed, "The token has no tenant id (tid): it is not an Entra ID work or school token.");
        if (!teams.Allows(tenantId))
        {
            throw new TeamsSignInException(
                TeamsChecks.TenantNotAllowed,
                $"Tenant {tenantId} may not sign in to this Addin. Its administrator lists the tenants it serves in Addin:Teams:AllowedTenants.");
        }

        string expectedIssuer = teams.IssuerFor(tenantId);
        if (!string.Equals(jwt.Issuer, expectedIssuer, StringComparison.Ordinal))
        {
            throw new TeamsSignInException(
                TeamsChecks.Issuer,
                $"The token's issuer '{jwt.Issuer}' is not '{expectedIssuer}'. Set accessTokenAcceptedVersion to 2 in the Entra app's manifest.");
        }

        await VerifySignatureAsync(token, jwt, tenantId, cancellationToken);
        CheckAudience(jwt, teams);
        CheckLifetime(jwt);

        string[] scopes = (Claim(jwt, "scp") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains(TeamsOptions.Scope, StringComparer.Ordinal))
        {
            throw new TeamsSignInException(
                TeamsChecks.Scope,
                $"The token does not carry the scope '{TeamsOptions.Scope}' (it has: {(scopes.Length == 0 ? "none" : string.Join(' ', scopes))}). Expose that scope in the Entra app and authorise the Teams clients for it.");
        }

        string objectId = Claim(jwt, "oid") is { Length: > 0 } oid
            ? oid
            : throw new TeamsSignInException(TeamsChecks.Subject, "The token names no user object id (oid).");
        string? email = Claim(jwt, "email") ?? (Claim(jwt, "preferred_username") is { } upn && upn.Contains('@', StringComparison.Ordinal) ? upn : null);
        return new TeamsIdentity(tenantId, objectId, Claim(jwt, "name"), email);
    }

    private static JsonWebToken Read(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            throw new TeamsSignInException(TeamsChecks.TokenMalformed, "The token is not a JSON Web Token.");
        }
    }

    private async Task VerifySignatureAsync(string token, JsonWebToken jwt, string tenantId, CancellationToken cancellationToken)
    {
        var keys = await SigningKeysAsync(tenantId, cancellationToken);
        if (jwt.Kid is { Length: > 0 } kid && keys.All(k => k.KeyId != kid))
        {
            // Entra rotates its keys: a key id we have not seen may be new. The refresh is rate-limited by IdentityModel.
            metadata.RequestRefresh(tenantId);
            keys = await SigningKeysAsync(tenantId, cancellationToken);
        }

        // Issuer was checked before, audience and lifetime are checked after, against our own clock.
        var result = await Handler.ValidateTokenAsync(token, SignatureOnlyValidation.For(keys));
        if (!result.IsValid)
        {
            LogSignatureRejected(logger, tenantId, jwt.Kid, result.Exception?.GetType().Name ?? "unknown");
            throw new TeamsSignInException(TeamsChecks.Signature, $"The token's signature does not verify with tenant {tenantId}'s published keys (key id '{jwt.Kid}').");
        }
    }

    private async Task<IReadOnlyList<SecurityKey>> SigningKeysAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return [.. (await metadata.GetAsync(tenantId, cancellationToken)).SigningKeys];
        }
        catch (InvalidOperationException ex)
        {
            LogMetadataUnavailable(logger, tenantId, ex.Message);
            throw new TeamsSignInException(
                TeamsChecks.KeysUnavailable,
                $"Entra ID's signing keys for tenant {tenantId} could not be read; try again in a minute.",
                StatusCodes.Status503ServiceUnavailable);
        }
    }

    private void CheckAudience(JsonWebToken jwt, TeamsOptions teams)
    {
        string clientId = teams.ClientId!.Trim();
        string resource = TeamsManifest.Resource(addin.Value.PublicBaseUrl, clientId);
        var audiences = jwt.Audiences.ToList();
        if (!audiences.Any(a => string.Equals(a, clientId, StringComparison.OrdinalIgnoreCase) || string.Equals(a, resource, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TeamsSignInException(
                TeamsChecks.Audience,
                $"The token is for '{string.Join(' ', audiences)}', not this Addin ('{resource}' or '{clientId}'). Check Addin:Teams:ClientId and the Entra app's Application ID URI.");
        }
    }

    private void CheckLifetime(JsonWebToken jwt)
    {
        var now = time.GetUtcNow();
        if (!jwt.TryGetPayloadValue<long>("exp", out long exp))
        {
            throw new TeamsSignInException(TeamsChecks.Expired, "The token has no expiry (exp).");
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (now >= expiresAt + ClockSkew)
        {
            throw new TeamsSignInException(
                TeamsChecks.Expired,
                string.Create(CultureInfo.InvariantCulture, $"The token expired at {expiresAt:O}. Reopen the tab; if this repeats, check this server's clock."));
        }

        if (jwt.TryGetPayloadValue<long>("nbf", out long nbf) && DateTimeOffset.FromUnixTimeSeconds(nbf) > now + ClockSkew)
        {
            throw new TeamsSignInException(
                TeamsChecks.NotYetValid,
                string.Create(CultureInfo.InvariantCulture, $"The token is not valid before {DateTimeOffset.FromUnixTimeSeconds(nbf):O}. Check this server's clock."));
        }
    }

    private static string? Claim(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams token for tenant {TenantId} failed its signature check (kid {KeyId}): {Reason}")]
    private static partial void LogSignatureRejected(ILogger logger, string tenantId, string? keyId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entra ID metadata for tenant {TenantId} is unavailable: {Reason}")]
    private static partial void LogMetadataUnavailable(ILogger logger, string tenantId, string reason);
}
