namespace Addin.Web.Teams;

/// <summary>
/// Addin as a Microsoft Teams tab: the Entra ID app it signs people in with, the tenants it serves, Microsoft Graph
/// for team roles, and what the Teams app package says. Configuration section <c>Addin:Teams</c>.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Addin:Teams";

    /// <summary>The placeholder client id of the committed example manifest.</summary>
    public const string PlaceholderClientId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The scope the Entra app exposes and every Teams token must carry.</summary>
    public const string Scope = "access_as_user";

    /// <summary>Where Teams and the other Microsoft 365 hosts frame tabs from (Microsoft Learn, "Prerequisites" for tabs).</summary>
    public static readonly IReadOnlyList<string> DefaultFrameAncestors =
    [
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://*.office.com",
        "https://*.cloud.microsoft",
    ];

    /// <summary>The Microsoft Entra app (client) id; the tab's SSO tokens are issued for it. Teams sign-in is off while empty.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret of that app, for Microsoft Graph with application permissions (team owners and members). A secret: environment only.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Entra ID authority; tokens are issued by <c>{Authority}/{tenant id}/v2.0</c>.</summary>
    public Uri Authority { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>Microsoft Graph, up to and including the version segment.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The Entra tenants (directory ids) whose people may sign in. Empty: nobody.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Per tenant id: which institution its teams belong to.</summary>
    public Dictionary<string, TeamsTenantOptions> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Origins that may frame the /teams pages. Default: Teams and the Microsoft 365 hosts.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>The Teams app's own id (a GUID in the manifest). Default: derived from Addin's host, stable per installation.</summary>
    public string? AppId { get; set; }

    /// <summary>The developer shown in Teams' app details (the manifest's <c>developer.name</c>).</summary>
    public string DeveloperName { get; set; } = "Addin";

    /// <summary>Support, privacy and terms pages for the manifest; Addin's own URL when not set.</summary>
    public Uri? WebsiteUrl { get; set; }

    public Uri? PrivacyUrl { get; set; }

    public Uri? TermsOfUseUrl { get; set; }

    /// <summary>True when Teams sign-in can work: an Entra client id is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>True when team roles can be asked from Microsoft Graph with the app's own credentials.</summary>
    public bool HasGraph => IsConfigured && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>Fills what configuration left empty (binding appends to lists, so defaults cannot sit in the initialisers).</summary>
    public void ApplyDefaults()
    {
        if (FrameAncestors.Count == 0)
        {
            FrameAncestors.AddRange(DefaultFrameAncestors);
        }
    }

    /// <summary>The issuer of the tenant's v2.0 tokens.</summary>
    public string IssuerFor(string tenantId) => $"{AuthorityBase}/{tenantId}/v2.0";

    /// <summary>The tenant's OpenID Connect discovery document.</summary>
    public Uri MetadataAddressFor(string tenantId) => new($"{AuthorityBase}/{tenantId}/v2.0/.well-known/openid-configuration");

    /// <summary>The tenant's token endpoint (client credentials for Microsoft Graph).</summary>
    public Uri TokenEndpointFor(string tenantId) => new($"{AuthorityBase}/{tenantId}/oauth2/v2.0/token");

    public Uri AuthorizationEndpointFor(string tenantId) => new($"{AuthorityBase}/{tenantId}/oauth2/v2.0/authorize");

    public Uri JwksUriFor(string tenantId) => new($"{AuthorityBase}/{tenantId}/discovery/v2.0/keys");

    /// <summary>True when the tenant is listed in <see cref="AllowedTenants"/>.</summary>
    public bool Allows(string tenantId) => AllowedTenants.Any(t => string.Equals(t.Trim(), tenantId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The institution a tenant's teams belong to: configured, or the tenant id itself.</summary>
    public string InstitutionFor(string tenantId) =>
        Tenants.TryGetValue(tenantId, out var tenant) && !string.IsNullOrWhiteSpace(tenant.Institution) ? tenant.Institution.Trim() : tenantId;

    private string AuthorityBase => Authority.ToString().TrimEnd('/');
}

/// <summary>One Entra tenant: <c>Addin:Teams:Tenants:&lt;tenant id&gt;</c>.</summary>
public sealed class TeamsTenantOptions
{
    /// <summary>The institution (as platforms name it, e.g. "Demo School") whose teams these are.</summary>
    public string? Institution { get; set; }
}
