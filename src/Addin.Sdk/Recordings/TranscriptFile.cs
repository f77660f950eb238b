namespace Addin.Sdk.Recordings;

/// <summary>A transcript that came with a recording.</summary>
public sealed record TranscriptFile
{
    /// <summary>The format: <c>vtt</c> (WebVTT, with <c>&lt;v Speaker&gt;</c> voices) or <c>srt</c> (SubRip).</summary>
    public required string Format { get; init; }

    /// <summary>The transcript text.</summary>
    public required string Content { get; init; }

    /// <summary>Where it came from, for messages (a file name or URL).</summary>
    public required string Origin { get; init; }

    /// <summary>The language (BCP 47), if known.</summary>
    public string? Language { get; init; }
}
