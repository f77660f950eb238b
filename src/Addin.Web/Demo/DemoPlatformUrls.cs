using Addin.Web.Configuration;
using Addin.Web.Lti;
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

    /// <summary>Where the tool publishes the keys it signs client assertions with.</summary>
    public Uri ToolJwks => new(Base, LtiEndpoints.JwksPath);

    public Uri ToolLogin => new(Base, LtiEndpoints.LoginPath);

    public Uri ToolLaunch => new(Base, LtiEndpoints.LaunchPath);

    public Uri ToolTarget => new(Base, "/app");
}
