namespace Addin.Core.Search;

/// <summary>A transcript line the full-text index matched, with the engine's relevance (higher is more relevant).</summary>
public sealed class TranscriptMatch
{
    public long LineId { get; init; }

    public double Rank { get; init; }

    /// <summary>The recording whose transcript the line is in.</summary>
    public long RecordingId { get; init; }

    /// <summary>Where the line starts in the recording.</summary>
    public long StartMs { get; init; }
}
