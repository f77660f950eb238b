using Addin.Lti.Claims;

namespace Addin.Lti.Launch.MessageTypes;

/// <summary>LtiResourceLinkRequest (LTI 1.3 Core §5.3): a user opened a link to the tool.</summary>
/// <remarks>The context claim is optional: a launch from outside a course is valid.</remarks>
internal sealed class ResourceLinkRequestValidator : IMessageTypeValidator
{
    public string MessageType => LtiMessageTypes.ResourceLinkRequest;

    public void Validate(ClaimSet payload, LtiToolSettings settings)
    {
        if (string.IsNullOrWhiteSpace(payload.String(LtiClaimNames.Subject)))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingSubject,
                "The resource link launch has no user id (sub is missing or empty). Anonymous launches are not supported.");
        }

        if (string.IsNullOrWhiteSpace(payload.Object(LtiClaimNames.ResourceLink)?.String("id")))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingResourceLink,
                $"The resource link launch has no resource link id (claim {LtiClaimNames.ResourceLink} with a non-empty id).");
        }

        if (payload.StringArray(LtiClaimNames.Roles) is null)
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingRoles,
                $"The resource link launch has no roles claim ({LtiClaimNames.Roles}); an empty array is allowed, a missing claim is not.");
        }

        var targetLinkUri = payload.String(LtiClaimNames.TargetLinkUri);
        if (string.IsNullOrWhiteSpace(targetLinkUri))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingTargetLinkUri,
                $"The resource link launch has no target_link_uri claim ({LtiClaimNames.TargetLinkUri}).");
        }

        if (!ToolUrlMatcher.IsToolUrl(settings.ToolUrls, targetLinkUri))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidTargetLinkUri,
                $"The launch's target_link_uri '{targetLinkUri}' is not a URL of this tool. Configure the platform's link to point at one of: {string.Join(", ", settings.ToolUrls)}.");
        }
    }
}
