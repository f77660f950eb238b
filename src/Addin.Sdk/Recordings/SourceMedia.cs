namespace Addin.Sdk.Recordings;

/// <summary>A recording's media opened for reading. The host disposes it.</summary>
public sealed class SourceMedia : IAsyncDisposable
{
    /// <summary>Creates it.</summary>
    public SourceMedia(Stream content, string fileName, string? contentType, long? length)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    /// <summary>The bytes, read once from start to end.</summary>
    public Stream Content { get; }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>The content type, if known.</summary>
    public string? ContentType { get; }

    /// <summary>The length in bytes, if known.</summary>
    public long? Length { get; }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>A transcript that came with a recording.</summary>
public sealed record SourceTranscript
{
    /// <summary>The format: <c>vtt</c> (WebVTT, with <c>&lt;v Speaker&gt;</c> voices) or <c>srt</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The transcript text.</summary>
    public required string Content { get; init; }

    /// <summary>Where it came from, for messages (a file name or URL).</summary>
    public required string Origin { get; init; }

    /// <summary>The language (BCP 47), if known.</summary>
    public string? Language { get; init; }
}

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
