using Addin.Core.People;
using Addin.Core.Sessions;

namespace Addin.Core.Briefs;

/// <summary>The pre-session brief of one session, rendered once when it was due and shown as stored.</summary>
public sealed class Brief
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public Session? Session { get; set; }

    /// <summary>Who it is for: the substitute when there is one, else the instructor; null when the session has neither.</summary>
    public long? RecipientId { get; set; }

    public Person? Recipient { get; set; }

    public bool ForSubstitute { get; set; }

    /// <summary>The brief as HTML (encoded by the template engine); links to pages carry no session token.</summary>
    public required string Html { get; set; }

    public DateTimeOffset GeneratedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why sending it failed (or was skipped) the last time, when it did.</summary>
    public string? DeliveryError { get; set; }
}
