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

    public Uri ToolLogin => new(Base, LtiEndpoints.LoginPath);

    public Uri ToolLaunch => new(Base, LtiEndpoints.LaunchPath);

    public Uri ToolTarget => new(Base, "/app");

    /// <summary>
    /// The tool's login initiation for <paramref name="who"/> (a third-party initiated login, as an LMS starts it when a
    /// link is clicked); with <paramref name="storageTarget"/>, the platform offers that frame for postMessage storage.
    /// </summary>
    public string LoginInitiation(DemoPersona who, string? storageTarget = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        var query = new Dictionary<string, string?>
        {
            ["iss"] = Issuer,
            ["login_hint"] = who.Subject,
            ["target_link_uri"] = ToolTarget.ToString(),
            ["lti_message_hint"] = who.Key,
            ["client_id"] = DemoLms.ClientId,
            ["lti_deployment_id"] = DemoLms.DeploymentId,
            ["lti_storage_target"] = storageTarget,
        };
        return QueryHelpers.AddQueryString(ToolLogin.ToString(), query.Where(p => p.Value is not null));
    }

    /// <summary>The origin of the tool's pages: the only one the demo platform's storage answers.</summary>
    public string ToolOrigin => ToolLogin.GetLeftPart(UriPartial.Authority);
}
