using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Launch;

namespace Addin.Lti.Platform;

/// <summary>What the platform expects of a deep linking response: the values of the request it answers.</summary>
/// <param name="PlatformIssuer">The platform's issuer; must be the response's <c>aud</c>.</param>
/// <param name="ClientId">The tool's client id; must be the response's <c>iss</c>.</param>
/// <param name="DeploymentId">The deployment the request was sent through.</param>
/// <param name="Data">The <c>data</c> the request carried; the response must return it unchanged. Null when none was sent.</param>
public sealed record DeepLinkingResponseExpectation(string PlatformIssuer, string ClientId, string DeploymentId, string? Data = null);

/// <summary>A verified deep linking response, as the platform reads it.</summary>
/// <param name="ContentItems">Every content item, exactly as sent.</param>
/// <param name="ResourceLinks">The <c>ltiResourceLink</c> items, read.</param>
/// <param name="Message">The <c>msg</c> to show the user.</param>
/// <param name="Log">The <c>log</c> text.</param>
/// <param name="ErrorMessage">The <c>errormsg</c> to show the user.</param>
/// <param name="ErrorLog">The <c>errorlog</c> text.</param>
public sealed record ReceivedDeepLinkingResponse(
    IReadOnlyList<JsonElement> ContentItems,
    IReadOnlyList<LtiResourceLinkItem> ResourceLinks,
    string? Message,
    string? Log,
    string? ErrorMessage,
    string? ErrorLog);

/// <summary>
/// The platform side of Deep Linking: verifies the LtiDeepLinkingResponse JWT a tool's page posted (signature with the
/// tool's JWKS, RS256 only; <c>iss</c>, <c>aud</c>, <c>azp</c>; lifetime; nonce used once; deployment; message type;
/// version; <c>data</c>) and reads the content items. Failures throw <see cref="LtiValidationException"/>.
/// </summary>
public sealed class DeepLinkingResponseReader
{
    private const string TokenName = "deep linking response JWT";

    private readonly INonceStore _nonces;
    private readonly TimeSpan _clockSkew;
    private readonly ToolJwtChecks _checks;

    /// <summary>Creates the reader.</summary>
    /// <param name="nonces">Remembers used response nonces, keyed by the tool's client id.</param>
    /// <param name="time">The clock.</param>
    /// <param name="clockSkew">Tolerance for clock differences, 60 seconds unless given.</param>
    /// <param name="maxAge">How long after its iat a response is still accepted, 10 minutes unless given.</param>
    public DeepLinkingResponseReader(INonceStore nonces, TimeProvider time, TimeSpan? clockSkew = null, TimeSpan? maxAge = null)
    {
        ArgumentNullException.ThrowIfNull(nonces);
        ArgumentNullException.ThrowIfNull(time);
        _nonces = nonces;
        _clockSkew = clockSkew ?? TimeSpan.FromSeconds(60);
        _checks = new ToolJwtChecks(TokenName, time, _clockSkew, maxAge ?? TimeSpan.FromMinutes(10));
    }

    /// <summary>Verifies <paramref name="jwt"/> against the tool's published key set and returns its content.</summary>
    /// <param name="jwt">The posted <c>JWT</c> form field.</param>
    /// <param name="expected">The request being answered.</param>
    /// <param name="toolJwks">The JWKS document served at the tool's JWKS URL.</param>
    /// <param name="ct">Cancels the nonce check.</param>
    public async Task<ReceivedDeepLinkingResponse> ReadAsync(string? jwt, DeepLinkingResponseExpectation expected, string toolJwks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(toolJwks);
        using var token = ParsedIdToken.Parse(jwt, TokenName);
        var kid = ToolJwtChecks.CheckHeader(token.Header, TokenName);
        CheckParties(token.Payload, expected);
        await _checks.VerifySignatureAsync(token.Compact, kid, toolJwks);
        var expiresAt = _checks.CheckLifetime(token.Payload);
        await ConsumeNonceAsync(token.Payload, expected.ClientId, expiresAt, ct);
        CheckMessage(token.Payload, expected);
        return ReadContent(token.Payload);
    }

    private static void CheckParties(ClaimSet payload, DeepLinkingResponseExpectation expected)
    {
        var issuer = payload.String(LtiClaimNames.Issuer);
        if (!string.Equals(issuer, expected.ClientId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.IssuerMismatch,
                $"The {TokenName}'s iss '{issuer ?? "(none)"}' is not the tool's client id '{expected.ClientId}'.");
        }

        var audiences = payload.StringArray(LtiClaimNames.Audience) ?? [];
        if (!audiences.Contains(expected.PlatformIssuer, StringComparer.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.AudienceMismatch,
                $"The {TokenName}'s aud does not contain the platform issuer '{expected.PlatformIssuer}'.");
        }

        var authorizedParty = payload.String(LtiClaimNames.AuthorizedParty);
        if (authorizedParty is not null && !string.Equals(authorizedParty, expected.ClientId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.AuthorizedPartyMismatch,
                $"The {TokenName}'s azp '{authorizedParty}' is not the tool's client id '{expected.ClientId}'.");
        }
    }

    private async Task ConsumeNonceAsync(ClaimSet payload, string clientId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var nonce = payload.String(LtiClaimNames.Nonce);
        if (string.IsNullOrEmpty(nonce))
        {
            throw new LtiValidationException(LtiErrorCode.MissingNonce, $"The {TokenName} has no nonce.");
        }

        if (!await _nonces.TryConsumeAsync(clientId, nonce, expiresAt + _clockSkew, ct))
        {
            throw new LtiValidationException(LtiErrorCode.NonceReplayed, $"The {TokenName} was already received once (its nonce is used).");
        }
    }

    private static void CheckMessage(ClaimSet payload, DeepLinkingResponseExpectation expected)
    {
        var deploymentId = payload.String(LtiClaimNames.DeploymentId);
        if (string.IsNullOrEmpty(deploymentId))
        {
            throw new LtiValidationException(LtiErrorCode.MissingDeploymentId, $"The {TokenName} has no deployment_id.");
        }

        if (!string.Equals(deploymentId, expected.DeploymentId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.UnknownDeployment,
                $"The {TokenName}'s deployment_id '{deploymentId}' is not the deployment of the request ('{expected.DeploymentId}').");
        }

        var version = payload.String(LtiClaimNames.Version)
            ?? throw new LtiValidationException(LtiErrorCode.MissingVersion, $"The {TokenName} has no LTI version claim.");
        if (version != LtiMessageTypes.Version)
        {
            throw new LtiValidationException(LtiErrorCode.UnsupportedVersion, $"The {TokenName} is LTI version '{version}'; {LtiMessageTypes.Version} is required.");
        }

        var messageType = payload.String(LtiClaimNames.MessageType);
        if (string.IsNullOrEmpty(messageType))
        {
            throw new LtiValidationException(LtiErrorCode.MissingMessageType, $"The {TokenName} has no message type.");
        }

        if (messageType != LtiMessageTypes.DeepLinkingResponse)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnsupportedMessageType,
                $"The {TokenName} has message type '{messageType}'; {LtiMessageTypes.DeepLinkingResponse} is required.");
        }

        if (expected.Data is not null && !string.Equals(payload.String(LtiClaimNames.DeepLinkingData), expected.Data, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidClaim,
                $"The {TokenName}'s data claim ({LtiClaimNames.DeepLinkingData}) is missing or differs from the data of the request; it must be returned unchanged.");
        }
    }

    private static ReceivedDeepLinkingResponse ReadContent(ClaimSet payload)
    {
        var items = new List<JsonElement>();
        var links = new List<LtiResourceLinkItem>();
        if (payload.Raw(LtiClaimNames.DeepLinkingContentItems) is { } array)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new LtiValidationException(LtiErrorCode.InvalidClaim, $"Claim '{LtiClaimNames.DeepLinkingContentItems}' must be an array.");
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString()!.Length == 0)
                {
                    throw new LtiValidationException(
                        LtiErrorCode.InvalidClaim,
                        $"{LtiClaimNames.DeepLinkingContentItems}[{index}] is not an object with a type.");
                }

                items.Add(item);
                if (type.ValueEquals(LtiResourceLinkItem.TypeName))
                {
                    links.Add(LtiResourceLinkItem.FromJson(item, index));
                }

                index++;
            }
        }

        return new ReceivedDeepLinkingResponse(
            items,
            links,
            payload.StringOrNull(LtiClaimNames.DeepLinkingMessage),
            payload.StringOrNull(LtiClaimNames.DeepLinkingLog),
            payload.StringOrNull(LtiClaimNames.DeepLinkingErrorMessage),
            payload.StringOrNull(LtiClaimNames.DeepLinkingErrorLog));
    }
}
