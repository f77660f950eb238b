namespace Addin.Core.Recaps;

/// <summary>
/// A recording's recap and where its review stands. Every draft, edit and decision is kept as a
/// <see cref="RecapVersion"/>; <see cref="Version"/> names the current one.
/// </summary>
public sealed class StoredRecap
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public RecapStatus Status { get; set; }

    /// <summary>The number of the current version.</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who made the current version; null when the pipeline drafted it.</summary>
    public long? UpdatedById { get; set; }

    public List<RecapVersion> Versions { get; } = [];
}
