using Addin.Lti.Claims;

namespace Addin.Lti.Launch.MessageTypes;

/// <summary>
/// LtiDeepLinkingRequest (Deep Linking 2.0 §4.4): a user asks the tool for content to place in the platform. It carries
/// what a resource link launch carries except the resource link, plus the deep_linking_settings claim.
/// </summary>
/// <remarks>
/// <c>sub</c> and <c>roles</c> are required as in LTI 1.3 Core (the 1EdTech request schema lists roles as required):
/// someone must be choosing, and the host decides from the roles whether they may.
/// </remarks>
internal sealed class DeepLinkingRequestValidator : IMessageTypeValidator
{
    public string MessageType => LtiMessageTypes.DeepLinkingRequest;

    public void Validate(ClaimSet payload, LtiToolSettings settings)
    {
        if (string.IsNullOrWhiteSpace(payload.String(LtiClaimNames.Subject)))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingSubject,
                "The deep linking request has no user id (sub is missing or empty). Content can only be chosen by a known user.");
        }

        if (payload.StringArray(LtiClaimNames.Roles) is null)
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingRoles,
                $"The deep linking request has no roles claim ({LtiClaimNames.Roles}); an empty array is allowed, a missing claim is not.");
        }

        DeepLinkingSettingsReader.Read(payload);

        // Optional here (the certification suite sends none); when sent it must still point into this tool.
        var targetLinkUri = payload.String(LtiClaimNames.TargetLinkUri);
        if (!string.IsNullOrWhiteSpace(targetLinkUri) && !ToolUrlMatcher.IsToolUrl(settings.ToolUrls, targetLinkUri))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidTargetLinkUri,
                $"The deep linking request's target_link_uri '{targetLinkUri}' is not a URL of this tool. Configure the platform's deep linking URL to point at one of: {string.Join(", ", settings.ToolUrls)}.");
        }
    }
}
