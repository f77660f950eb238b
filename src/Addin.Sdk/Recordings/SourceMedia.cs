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
