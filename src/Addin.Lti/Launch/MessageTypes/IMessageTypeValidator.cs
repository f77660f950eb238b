using Addin.Lti.Claims;

namespace Addin.Lti.Launch.MessageTypes;

/// <summary>The checks specific to one LTI message type, run after every common check has passed.</summary>
internal interface IMessageTypeValidator
{
    /// <summary>The message_type value this validator handles.</summary>
    string MessageType { get; }

    /// <summary>Throws <see cref="LtiValidationException"/> when a claim this message type requires is missing or wrong.</summary>
    void Validate(ClaimSet payload, LtiToolSettings settings);
}
