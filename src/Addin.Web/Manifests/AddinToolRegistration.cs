using Addin.Lti.Claims;
using Addin.Lti.Registration.Dynamic;
using Addin.Web.Lti;

namespace Addin.Web.Manifests;

/// <summary>
/// What Addin registers with an LMS through LTI Dynamic Registration: the same URLs, scopes, custom parameters and
/// placements as the Canvas and Moodle configurations, fitted to what this LMS says it supports.
/// </summary>
internal static class AddinToolRegistration
{
    public static ToolRegistration For(ToolUrls urls, PlatformConfiguration platform)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(platform);
        var resourceLink = Placements(platform, LtiMessageTypes.ResourceLinkRequest);
        var deepLinking = Placements(platform, LtiMessageTypes.DeepLinkingRequest);
        return new ToolRegistration
        {
            Name = ToolDescription.Title,
            Description = ToolDescription.Description,
            LoginUrl = urls.Login,
            LaunchUrl = urls.Launch,
            JwksUrl = urls.Jwks,
            TargetLinkUrl = urls.Target,
            DeepLinkingUrl = urls.DeepLinkingTarget,
            LogoUrl = urls.Icon,
            Domain = urls.Domain,
            ResourceLinkLabel = ToolDescription.Placements.First(p => p.MessageType == LtiMessageTypes.ResourceLinkRequest).Text,
            DeepLinkingLabel = ToolDescription.Placements.First(p => p.MessageType == LtiMessageTypes.DeepLinkingRequest).Text,
            ResourceLinkPlacements = resourceLink,
            DeepLinkingPlacements = deepLinking,
            Claims = ToolDescription.Claims,
            Scopes = ToolDescription.Scopes,
            CustomParameters = CustomParameters(platform),
        };
    }

    // Canvas lists its own placement names besides the standard ones (ContentArea, RichTextEditor); asking for both
    // would place Addin twice, so Canvas gets its own names and every other LMS the standard ones.
    private static List<string> Placements(PlatformConfiguration platform, string messageType)
    {
        bool canvas = string.Equals(platform.Lti.ProductFamilyCode, "canvas", StringComparison.OrdinalIgnoreCase);
        return ToolDescription.Placements
            .Where(p => p.MessageType == messageType)
            .Select(p => canvas ? p.Canvas : p.Standard)
            .OfType<string>()
            .ToList();
    }

    // A substitution the LMS does not list would arrive as the literal "$Context.id.history"; an LMS that lists no
    // variables at all did not say, and gets them all.
    private static Dictionary<string, string> CustomParameters(PlatformConfiguration platform) =>
        ToolDescription.CustomParameters
            .Where(p => platform.Lti.Variables.Count == 0 || platform.Lti.SupportsVariable(p.Value))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
