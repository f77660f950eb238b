using System.Collections.Frozen;

namespace Addin.Lti.Launch.MessageTypes;

/// <summary>
/// The message types this tool accepts, each with its validator. Supporting a new message type
/// means adding its validator to <see cref="Default"/>.
/// </summary>
internal sealed class MessageTypeValidatorRegistry
{
    private readonly FrozenDictionary<string, IMessageTypeValidator> _byType;

    public MessageTypeValidatorRegistry(params IEnumerable<IMessageTypeValidator> validators)
    {
        // ToFrozenDictionary throws on a duplicate: exactly one validator may answer for a message type.
        _byType = validators.ToFrozenDictionary(v => v.MessageType, StringComparer.Ordinal);
    }

    public static MessageTypeValidatorRegistry Default { get; } = new(new ResourceLinkRequestValidator(), new DeepLinkingRequestValidator());

    public IEnumerable<string> MessageTypes => _byType.Keys;

    public IMessageTypeValidator? Find(string messageType) => _byType.GetValueOrDefault(messageType);
}
