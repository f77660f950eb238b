using Addin.Core.People;

namespace Addin.Core.Sessions;

/// <summary>A student who took part in a session.</summary>
public sealed class SessionParticipant
{
    public long SessionId { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }
}
