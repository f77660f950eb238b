using System.Text.Json;

namespace Addin.Lti.Claims;

/// <summary>
/// The deep_linking_settings claim of an LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1): what the platform will accept
/// back and where to send it. Serialisable with System.Text.Json, so the host can keep it while the user chooses.
/// </summary>
public sealed record LtiDeepLinkingSettings
{
    /// <summary>Where the tool posts its LtiDeepLinkingResponse (always an absolute http(s) URL).</summary>
    public required Uri DeepLinkReturnUrl { get; init; }

    /// <summary>The content item types the platform accepts, e.g. <c>ltiResourceLink</c>, <c>link</c>; never empty.</summary>
    public required IReadOnlyList<string> AcceptTypes { get; init; }

    /// <summary>How the platform can show items: <c>embed</c>, <c>iframe</c>, <c>window</c>; empty when not said.</summary>
    public IReadOnlyList<string> AcceptPresentationDocumentTargets { get; init; } = [];

    /// <summary>Media types accepted for <c>file</c> items, e.g. <c>image/*</c>; empty when not said.</summary>
    public IReadOnlyList<string> AcceptMediaTypes { get; init; } = [];

    /// <summary>
    /// Whether several items may be returned. Null when the platform did not say: the specification gives no default,
    /// so this tool then returns at most one.
    /// </summary>
    public bool? AcceptMultiple { get; init; }

    /// <summary>
    /// Whether the platform creates line items for resource links that carry one: true creates, false ignores them,
    /// null means the platform did not say (the specification then allows no assumption).
    /// </summary>
    public bool? AcceptLineItem { get; init; }

    /// <summary>Whether returned items are created without the user being able to cancel (false when not said).</summary>
    public bool AutoCreate { get; init; }

    /// <summary>Suggested title for the returned item.</summary>
    public string? Title { get; init; }

    /// <summary>Suggested text (description) for the returned item.</summary>
    public string? Text { get; init; }

    /// <summary>The platform's opaque value, exactly as sent; the response must carry it back unchanged. Null when not sent.</summary>
    public JsonElement? Data { get; init; }

    /// <summary>True when the platform accepts items of this type (compared exactly, as the specification's values are).</summary>
    public bool Accepts(string contentItemType) => AcceptTypes.Contains(contentItemType, StringComparer.Ordinal);
}
