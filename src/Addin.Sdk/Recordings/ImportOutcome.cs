namespace Addin.Sdk.Recordings;

/// <summary>How the host's import of a recording ended.</summary>
public enum ImportOutcome
{
    /// <summary>Imported as a new recording.</summary>
    Imported,

    /// <summary>The same content was already imported; nothing new was created.</summary>
    Duplicate,

    /// <summary>Refused (unreadable, too large, wrong type); the reason is in the host's log and on the course page.</summary>
    Rejected,
}
