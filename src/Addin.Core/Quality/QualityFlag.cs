using Addin.Core.Sessions;

namespace Addin.Core.Quality;

/// <summary>A quality flag on a session, with its evidence, and what a reviewer decided about it.</summary>
public sealed class QualityFlag
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public Session? Session { get; set; }

    public QualityFlagKind Kind { get; set; }

    /// <summary>The numbers and times behind the flag, in words a reviewer can check.</summary>
    public required string Evidence { get; set; }

    /// <summary>Where in the recording the evidence starts, when it is a moment.</summary>
    public long? AtMs { get; set; }

    /// <summary>The recording the evidence comes from, if any.</summary>
    public long? RecordingId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public QualityFlagStatus Status { get; set; }

    public string? ReviewNote { get; set; }

    public long? ReviewedById { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}
