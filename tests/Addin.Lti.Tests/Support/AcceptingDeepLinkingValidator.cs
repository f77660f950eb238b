using Addin.Lti.Claims;
using Addin.Lti.Launch.MessageTypes;

namespace Addin.Lti.Tests.Support;

/// <summary>
/// Stands in for the Deep Linking validator that is not written yet, to show that a message type plugs into the
/// registry and that Deep Linking requests pass every common check.
/// </summary>
internal sealed class AcceptingDeepLinkingValidator : IMessageTypeValidator
{
    public string MessageType => LtiMessageTypes.DeepLinkingRequest;

    public void Validate(ClaimSet payload, LtiToolSettings settings)
    {
    }

    public static MessageTypeValidatorRegistry RegistryWithDeepLinking { get; } =
        new(new ResourceLinkRequestValidator(), new AcceptingDeepLinkingValidator());
}
