using Addin.Lti.Claims;

namespace Addin.Lti.Registration.Dynamic;

/// <summary>
/// What the tool registers with a platform (Dynamic Registration §3.5.2): its URLs, name, the claims and services it
/// wants and where it can be placed. The host builds it from its public base URL.
/// </summary>
public sealed record ToolRegistration
{
    /// <summary>The tool's name as administrators see it (<c>client_name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Translated names by language tag (e.g. <c>de</c>), sent as <c>client_name#de</c>.</summary>
    public IReadOnlyDictionary<string, string> LocalizedNames { get; init; } = new Dictionary<string, string>();

    /// <summary>A short description of the tool.</summary>
    public string? Description { get; init; }

    /// <summary>The OIDC login initiation URL (<c>initiate_login_uri</c>).</summary>
    public required Uri LoginUrl { get; init; }

    /// <summary>Where platforms post id_tokens: the first of the <c>redirect_uris</c>.</summary>
    public required Uri LaunchUrl { get; init; }

    /// <summary>More redirect URIs, if the tool has several launch URLs.</summary>
    public IReadOnlyList<Uri> AdditionalRedirectUrls { get; init; } = [];

    /// <summary>The tool's JWKS URL (<c>jwks_uri</c>).</summary>
    public required Uri JwksUrl { get; init; }

    /// <summary>The default target of launches, and the target of the resource link message.</summary>
    public required Uri TargetLinkUrl { get; init; }

    /// <summary>The target of deep linking launches; null registers no deep linking message.</summary>
    public Uri? DeepLinkingUrl { get; init; }

    /// <summary>The tool's logo (<c>logo_uri</c>).</summary>
    public Uri? LogoUrl { get; init; }

    /// <summary>The tool's domain; the authority of <see cref="TargetLinkUrl"/> when null.</summary>
    public string? Domain { get; init; }

    /// <summary>Label of the resource link placement; <see cref="Name"/> when null.</summary>
    public string? ResourceLinkLabel { get; init; }

    /// <summary>Label of the deep linking placement; <see cref="Name"/> when null.</summary>
    public string? DeepLinkingLabel { get; init; }

    /// <summary>
    /// Placements wanted for resource links, e.g. <c>course_navigation</c>. Only those the platform lists are sent; a
    /// short name also matches a platform's full form (<c>https://canvas.instructure.com/lti/course_navigation</c>).
    /// </summary>
    public IReadOnlyList<string> ResourceLinkPlacements { get; init; } = [];

    /// <summary>Placements wanted for deep linking, e.g. <c>ContentArea</c>, <c>RichTextEditor</c>, <c>link_selection</c>.</summary>
    public IReadOnlyList<string> DeepLinkingPlacements { get; init; } = [];

    /// <summary>The identity claims the tool asks to receive in launches.</summary>
    public IReadOnlyList<string> Claims { get; init; } = ["iss", "sub", "name", "given_name", "family_name", "email", "locale"];

    /// <summary>Custom parameters sent with every launch, e.g. <c>context_id_history = $Context.id.history</c>.</summary>
    public IReadOnlyDictionary<string, string> CustomParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The service scopes wanted; only those the platform supports are requested.</summary>
    public IReadOnlyList<string> Scopes { get; init; } =
    [
        LtiScopes.NrpsContextMembershipReadOnly,
        LtiScopes.AgsLineItem,
        LtiScopes.AgsLineItemReadOnly,
        LtiScopes.AgsResultReadOnly,
        LtiScopes.AgsScore,
    ];

    /// <summary>Administrative contact e-mail addresses.</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    /// <summary>
    /// Canvas's privacy level (<c>public</c>, <c>name_only</c>, <c>email_only</c>, <c>anonymous</c>), sent to Canvas only.
    /// Canvas defaults to anonymous launches, without names or e-mail addresses.
    /// </summary>
    public string? CanvasPrivacyLevel { get; init; } = "public";

    /// <summary>The domain sent to the platform.</summary>
    public string EffectiveDomain => Domain ?? TargetLinkUrl.Authority;

    /// <summary>Lists what is wrong with this registration, each naming the property; empty when it can be sent.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add($"{nameof(Name)} is required.");
        }

        foreach (var (name, url) in new (string, Uri?)[]
                 {
                     (nameof(LoginUrl), LoginUrl), (nameof(LaunchUrl), LaunchUrl), (nameof(JwksUrl), JwksUrl),
                     (nameof(TargetLinkUrl), TargetLinkUrl), (nameof(DeepLinkingUrl), DeepLinkingUrl), (nameof(LogoUrl), LogoUrl),
                 })
        {
            var required = name is not nameof(DeepLinkingUrl) and not nameof(LogoUrl);
            if (url is null ? required : !ClaimUrls.TryParseHttp(url.OriginalString, out _))
            {
                problems.Add($"{name} must be an absolute http(s) URL.");
            }
        }

        if (AdditionalRedirectUrls.Any(u => u is null || !ClaimUrls.TryParseHttp(u.OriginalString, out _)))
        {
            problems.Add($"Every entry of {nameof(AdditionalRedirectUrls)} must be an absolute http(s) URL.");
        }

        if (CustomParameters.Any(p => string.IsNullOrWhiteSpace(p.Key) || p.Value is null))
        {
            problems.Add($"{nameof(CustomParameters)} must have non-empty names and non-null values.");
        }

        return problems;
    }
}
