namespace Addin.Core.Transcripts;

/// <summary>One timed line of a transcript.</summary>
public sealed class TranscriptLine
{
    public long Id { get; set; }

    public long TranscriptId { get; set; }

    public int Index { get; set; }

    public long StartMs { get; set; }

    public long EndMs { get; set; }

    public string? Speaker { get; set; }

    public required string Text { get; set; }
}
