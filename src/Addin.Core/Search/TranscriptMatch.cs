namespace Addin.Core.Search;

/// <summary>A transcript line the full-text index matched, with the engine's relevance (higher is more relevant).</summary>
public sealed class TranscriptMatch
{
    public long LineId { get; init; }

    public double Rank { get; init; }
}
