using System.Globalization;
using Addin.Web.Configuration;
using Addin.Web.Lti;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Addin.Web.Demo;

/// <summary>The demo platform's URLs (it lives under /demo on Addin's own host) and the tool URLs it launches.</summary>
public sealed class DemoPlatformUrls(IOptions<AddinOptions> options)
{
    private Uri Base => options.Value.PublicBaseUrl;

    public string Issuer => new Uri(Base, "/demo").ToString();

    public Uri AuthorizationEndpoint => new(Base, "/demo/platform/authorize");

    public Uri JwksUri => new(Base, "/demo/platform/jwks");

    /// <summary>The OAuth 2 token endpoint of the platform's LTI Advantage services.</summary>
    public Uri TokenEndpoint => new(Base, "/demo/platform/token");

    /// <summary>The roster (NRPS membership container) of a demo course.</summary>
    public Uri Memberships(string contextId) => new(Base, $"/demo/platform/courses/{Uri.EscapeDataString(contextId)}/memberships");

    /// <summary>The gradebook (AGS line item container) of a demo course.</summary>
    public Uri LineItems(string contextId) => new(Base, $"/demo/platform/courses/{Uri.EscapeDataString(contextId)}/lineitems");

    /// <summary>One line item of a demo course's gradebook.</summary>
    public Uri LineItem(string contextId, int number) => new(LineItems(contextId).AbsoluteUri + $"/{number.ToString(CultureInfo.InvariantCulture)}");

    public Uri ToolLogin => new(Base, LtiEndpoints.LoginPath);

    public Uri ToolLaunch => new(Base, LtiEndpoints.LaunchPath);

    public Uri ToolTarget => new(Base, ToolUrls.TargetPath);

    public Uri ToolDeepLinkingTarget => new(Base, ToolUrls.DeepLinkingTargetPath);

    /// <summary>Where the tool publishes the keys it signs client assertions with.</summary>
    public Uri ToolJwks => new(Base, ToolUrls.JwksPath);

    /// <summary>Where Addin posts the content an instructor chose (deep_link_return_url).</summary>
    public Uri DeepLinkReturn => new(Base, "/demo/platform/deep-link-return");

    /// <summary>
    /// The tool's login initiation (a third-party initiated login, as an LMS starts it when a link is clicked); the hint
    /// says who and what the login is for; with <paramref name="storageTarget"/>, the platform offers that frame for
    /// postMessage storage.
    /// </summary>
    public string LoginInitiation(DemoMessageHint hint, Uri target, string? storageTarget = null)
    {
        ArgumentNullException.ThrowIfNull(hint);
        var query = new Dictionary<string, string?>
        {
            ["iss"] = Issuer,
            ["login_hint"] = hint.Persona.Subject,
            ["target_link_uri"] = target.ToString(),
            ["lti_message_hint"] = hint.Value,
            ["client_id"] = DemoLms.ClientId,
            ["lti_deployment_id"] = DemoLms.DeploymentId,
            ["lti_storage_target"] = storageTarget,
        };
        return QueryHelpers.AddQueryString(ToolLogin.ToString(), query.Where(p => p.Value is not null));
    }

    /// <summary>The origin of the tool's pages: the only one the demo platform's storage answers.</summary>
    public string ToolOrigin => ToolLogin.GetLeftPart(UriPartial.Authority);
}
