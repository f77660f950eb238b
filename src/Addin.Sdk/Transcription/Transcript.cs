namespace Addin.Sdk.Transcription;

/// <summary>A timed transcript of a recording.</summary>
public sealed record Transcript
{
    /// <summary>The segments in time order.</summary>
    public required IReadOnlyList<TranscriptSegment> Segments { get; init; }

    /// <summary>The spoken language (BCP 47), when known or detected.</summary>
    public string? Language { get; init; }

    /// <summary>The engine that produced it, for example <c>source-transcript</c> or <c>whisper</c>.</summary>
    public required string EngineId { get; init; }

    /// <summary>Problems met while producing it that did not stop it (skipped cues, …), in words a person understands.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The distinct speakers in order of first appearance.</summary>
    public IReadOnlyList<string> Speakers =>
        Segments.Select(s => s.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>One timed piece of speech.</summary>
public sealed record TranscriptSegment
{
    /// <summary>When it starts.</summary>
    public required TimeSpan Start { get; init; }

    /// <summary>When it ends.</summary>
    public required TimeSpan End { get; init; }

    /// <summary>The words, as plain text (no markup).</summary>
    public required string Text { get; init; }

    /// <summary>Who spoke, when known.</summary>
    public string? Speaker { get; init; }

    /// <summary>The engine's confidence from 0 to 1, when it gives one.</summary>
    public double? Confidence { get; init; }

    /// <summary>Word timings, when the engine gives them.</summary>
    public IReadOnlyList<TranscriptWord> Words { get; init; } = [];
}

/// <summary>One timed word.</summary>
public sealed record TranscriptWord(TimeSpan Start, TimeSpan End, string Text, double? Confidence = null);
