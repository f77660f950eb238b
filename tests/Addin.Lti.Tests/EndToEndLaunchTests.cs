using System.Net;
using System.Text.RegularExpressions;
using Addin.Lti.Claims;
using Addin.Lti.Launch;
using Addin.Lti.Login;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests;

/// <summary>The whole round trip the demo platform performs, with both sides built from this library.</summary>
public sealed class EndToEndLaunchTests
{
    [Fact]
    public async Task LoginThenFormPostLaunch_BothSidesOfThisLibrary_LaunchAccepted()
    {
        using var h = new LaunchHarness();

        // Platform → tool: third-party initiated login.
        var redirect = await h.Initiator.InitiateAsync(
            OidcLoginRequest.FromForm(new Dictionary<string, string>
            {
                ["iss"] = LaunchHarness.DefaultIssuer,
                ["login_hint"] = "user-1",
                ["target_link_uri"] = h.DefaultTargetLinkUri,
                ["client_id"] = LaunchHarness.DefaultClientId,
                ["lti_deployment_id"] = LaunchHarness.DefaultDeploymentId,
            }),
            CancellationToken.None);

        // Tool → platform: the authentication request, checked by the platform.
        var authRequest = AuthorizationRequest.Parse(QueryString.Parse(redirect.RedirectUri));
        Assert.Empty(authRequest.Validate(LaunchHarness.DefaultClientId, [h.Settings.LaunchUrl]));

        // Platform → tool: the auto-submitting form with the signed id_token.
        var idToken = new IdTokenBuilder(h.Time)
            .ForTool(LaunchHarness.DefaultIssuer, authRequest.ClientId!, LaunchHarness.DefaultDeploymentId)
            .WithNonce(authRequest.Nonce!)
            .WithSubject(authRequest.LoginHint!)
            .WithRoles(LtiRoleUris.Instructor)
            .WithResourceLink(new LtiResourceLink("link-1", null, null))
            .WithTargetLinkUri(h.DefaultTargetLinkUri)
            .Sign(LaunchHarness.PlatformKey);
        var page = FormPost.Render(new Uri(authRequest.RedirectUri!), new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = authRequest.State! });
        var posted = Regex.Matches(page, "name=\"([^\"]*)\" value=\"([^\"]*)\"")
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

        // The tool, with the state it bound to the browser at login.
        var launch = await h.Validator.ValidateAsync(new LaunchRequest(posted["id_token"], posted["state"], BrowserBinding.FromCookie(redirect.State)), CancellationToken.None);

        Assert.Equal("user-1", launch.Subject);
        Assert.True(launch.RoleSet.IsInstructor);
        Assert.Equal(1, h.Jwks.RequestCount);
    }
}
