using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Platform;
using Addin.Web.Manifests;
using Microsoft.AspNetCore.WebUtilities;

namespace Addin.Web.Demo;

/// <summary>
/// The message-specific part of the demo platform's id_token: a course link, a deep linking request ("Add Addin
/// content") or the launch of a link Addin placed.
/// </summary>
public sealed class DemoLaunchMessages(DemoPlatformUrls urls, DemoDeepLinkRequests requests, DemoPlacedLinks placed)
{
    /// <summary>Adds the message's claims to <paramref name="token"/>; null when the placed link it launches does not exist.</summary>
    public async Task<IdTokenBuilder?> DescribeAsync(DemoMessageHint hint, DemoCourse course, IdTokenBuilder token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hint);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(token);
        switch (hint.Kind)
        {
            case DemoMessageKind.DeepLinking:
                var (request, requestToken) = requests.Start(course, hint.Persona);
                return token
                    .WithMessageType(LtiMessageTypes.DeepLinkingRequest)
                    .WithTargetLinkUri(urls.ToolDeepLinkingTarget.ToString())
                    .WithDeepLinkingSettings(new LtiDeepLinkingSettings
                    {
                        DeepLinkReturnUrl = new Uri(QueryHelpers.AddQueryString(urls.DeepLinkReturn.ToString(), DemoDeepLinkRequests.QueryName, requestToken)),
                        AcceptTypes = [LtiResourceLinkItem.TypeName],
                        AcceptPresentationDocumentTargets = ["iframe", "window"],
                        AcceptMultiple = true,
                        AcceptLineItem = false,
                        Title = "Addin recordings",
                        Data = System.Text.Json.JsonSerializer.SerializeToElement(request.Data),
                    })
                    .WithCustom(Substitute(ToolDescription.CustomParameters, course));
            case DemoMessageKind.PlacedLink:
                if (await placed.FindAsync(hint.LinkId!, cancellationToken) is not { } link)
                {
                    return null;
                }

                return token
                    .WithResourceLink(new LtiResourceLink(link.ResourceLinkId, link.Title, link.Text))
                    .WithTargetLinkUri((link.Url ?? urls.ToolTarget).ToString())
                    .WithCustom(Substitute(link.Custom, course));
            default:
                return token
                    .WithResourceLink(new LtiResourceLink($"{course.ContextId}-recordings", "Session recordings", null))
                    .WithTargetLinkUri(urls.ToolTarget.ToString())
                    .WithCustom(Substitute(ToolDescription.CustomParameters, course));
        }
    }

    /// <summary>
    /// Custom parameters as an LMS sends them: the substitution variables it knows replaced (a copied course names its
    /// origin; the demo never copies links), anything else as written.
    /// </summary>
    private static Dictionary<string, string> Substitute(IReadOnlyDictionary<string, string> custom, DemoCourse course) =>
        custom.ToDictionary(p => p.Key, p => p.Value switch
        {
            "$Context.id.history" => course.CopiedFrom ?? "",
            "$ResourceLink.id.history" => "",
            _ => p.Value,
        });
}
