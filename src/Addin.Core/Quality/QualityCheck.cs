namespace Addin.Core.Quality;

/// <summary>When a session's quality was last checked; a session is checked again when a recording of it changes.</summary>
public sealed class QualityCheck
{
    public long SessionId { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>When the session must be checked again even if nothing changes (its end, or the end of the wait for its recording).</summary>
    public DateTimeOffset? RecheckAfter { get; set; }
}
