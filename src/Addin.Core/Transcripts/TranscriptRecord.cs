namespace Addin.Core.Transcripts;

/// <summary>A recording's transcript: which engine made it, and its segments.</summary>
public sealed class TranscriptRecord
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public required string EngineId { get; set; }

    public string? Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<TranscriptLine> Lines { get; } = [];
}
