using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Addin.Lti.Login;
using Addin.Lti.Platform;

namespace Addin.Lti.DeepLinking;

/// <summary>
/// Builds the signed LtiDeepLinkingResponse (Deep Linking 2.0 §4.5; Security Framework §5.2, tool-originating messages)
/// that returns chosen content to the platform. The items are checked against what the platform said it accepts
/// first, so the user learns at once why a choice cannot be placed.
/// </summary>
public sealed class DeepLinkingResponseBuilder
{
    /// <summary>How long the response JWT is valid: the browser posts it right away.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;

    /// <summary>Creates the builder; iat is the time of building.</summary>
    public DeepLinkingResponseBuilder(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Builds the response to a validated deep linking launch. See <see cref="Build(DeepLinkingContext, RsaSigningKey, IReadOnlyList{DeepLinkingContentItem}, DeepLinkingMessages?)"/>.</summary>
    public DeepLinkingResponse Build(LtiLaunch launch, RsaSigningKey signingKey, IReadOnlyList<DeepLinkingContentItem> items, DeepLinkingMessages? messages = null) =>
        Build(DeepLinkingContext.FromLaunch(launch), signingKey, items, messages);

    /// <summary>
    /// Checks <paramref name="items"/> against the request's settings and signs the response with
    /// <paramref name="signingKey"/> (the tool's current key, see <see cref="IToolSigningKeys"/>). An empty list is a
    /// valid answer: the user chose nothing, and the platform closes its dialog.
    /// </summary>
    /// <exception cref="DeepLinkingException">The platform would not accept the items; the message says why.</exception>
    public DeepLinkingResponse Build(DeepLinkingContext context, RsaSigningKey signingKey, IReadOnlyList<DeepLinkingContentItem> items, DeepLinkingMessages? messages = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(items);
        CheckAgainstSettings(context.Settings, items);

        var issuedAt = _time.GetUtcNow();
        var payload = new JsonObject
        {
            [LtiClaimNames.Issuer] = context.ClientId,
            [LtiClaimNames.Audience] = context.PlatformIssuer,
            [LtiClaimNames.AuthorizedParty] = context.ClientId,
            [LtiClaimNames.IssuedAt] = issuedAt.ToUnixTimeSeconds(),
            [LtiClaimNames.ExpiresAt] = (issuedAt + Lifetime).ToUnixTimeSeconds(),
            [LtiClaimNames.Nonce] = RandomToken.Create(),
            [LtiClaimNames.DeploymentId] = context.DeploymentId,
            [LtiClaimNames.MessageType] = LtiMessageTypes.DeepLinkingResponse,
            [LtiClaimNames.Version] = LtiMessageTypes.Version,
        };

        // §4.5.5: required when the request had it, and it must match: the raw value goes back unchanged.
        if (context.Settings.Data is { } data)
        {
            payload[LtiClaimNames.DeepLinkingData] = JsonNode.Parse(data.GetRawText());
        }

        payload[LtiClaimNames.DeepLinkingContentItems] = new JsonArray(items.Select(i => (JsonNode?)i.ToJson()).ToArray());
        if (messages is not null)
        {
            AddIfPresent(payload, LtiClaimNames.DeepLinkingMessage, messages.Message);
            AddIfPresent(payload, LtiClaimNames.DeepLinkingLog, messages.Log);
            AddIfPresent(payload, LtiClaimNames.DeepLinkingErrorMessage, messages.ErrorMessage);
            AddIfPresent(payload, LtiClaimNames.DeepLinkingErrorLog, messages.ErrorLog);
        }

        var jwt = CompactJws.SignRs256(CompactJws.Rs256Header(signingKey.KeyId), payload, signingKey);
        return new DeepLinkingResponse(context.Settings.DeepLinkReturnUrl, jwt);
    }

    private static void CheckAgainstSettings(LtiDeepLinkingSettings settings, IReadOnlyList<DeepLinkingContentItem> items)
    {
        if (items.Any(i => i is null))
        {
            throw new ArgumentException("The list of content items contains null.", nameof(items));
        }

        var refused = items.Select(i => i.Type).Where(t => !settings.Accepts(t)).Distinct(StringComparer.Ordinal).ToList();
        if (refused.Count > 0)
        {
            throw new DeepLinkingException(
                DeepLinkingErrorCode.TypeNotAccepted,
                $"The platform accepts only {string.Join(", ", settings.AcceptTypes)} here, not {string.Join(", ", refused)}. Choose content the platform can place, or start from a placement that accepts it.");
        }

        // The specification gives accept_multiple no default: without a yes, one item is all that is safe to send.
        if (items.Count > 1 && settings.AcceptMultiple != true)
        {
            throw new DeepLinkingException(
                DeepLinkingErrorCode.MultipleNotAccepted,
                $"The platform accepts one item at a time here{(settings.AcceptMultiple is null ? " (it did not say it accepts several)" : string.Empty)}, but {items.Count} were chosen. Choose one.");
        }

        if (settings.AcceptLineItem == false && items.Any(i => i.HasLineItem))
        {
            throw new DeepLinkingException(
                DeepLinkingErrorCode.LineItemNotAccepted,
                "The platform does not create gradebook columns from this placement (accept_lineitem is false). Return the content without a line item, or add it from a placement that creates assignments.");
        }

        var problems = new List<string>();
        foreach (var item in items)
        {
            item.Check(problems);
        }

        if (problems.Count > 0)
        {
            throw new DeepLinkingException(DeepLinkingErrorCode.InvalidItem, string.Join(" ", problems));
        }
    }

    private static void AddIfPresent(JsonObject payload, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[name] = value;
        }
    }
}
