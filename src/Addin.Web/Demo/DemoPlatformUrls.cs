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

    public Uri ToolLogin => new(Base, LtiEndpoints.LoginPath);

    public Uri ToolLaunch => new(Base, LtiEndpoints.LaunchPath);

    public Uri ToolTarget => new(Base, "/app");

    /// <summary>The origin of the tool's pages: the only one the demo platform's storage answers.</summary>
    public string ToolOrigin => ToolLogin.GetLeftPart(UriPartial.Authority);
}
