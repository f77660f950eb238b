namespace Addin.Sdk.Storage;

/// <summary>Stores media files and their derived renditions.</summary>
/// <remarks>
/// Keys are relative paths made by the host (<c>recordings/42/original.mp4</c>), never user input.
/// <see cref="PutAsync"/> streams (never buffers a whole file), checksums, and commits atomically: a reader never sees
/// a half-written object, and a failed put leaves no object behind.
/// </remarks>
public interface IMediaStore
{
    /// <summary>Writes an object from a stream, replacing any object with the same key.</summary>
    Task<StoredObject> PutAsync(string key, Stream content, string contentType, IProgress<long>? progress, CancellationToken cancellationToken);

    /// <summary>Opens an object for reading; the stream is seekable where the store allows. Null when absent.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Describes an object, or returns null when absent.</summary>
    Task<StoredObject?> GetInfoAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes an object. Returns false when it did not exist.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// A URL a browser can read the object from directly for <paramref name="validity"/> (an Azure SAS URL, for
    /// example), honouring range requests. Null when the store has none; the host then serves the object itself
    /// through its own signed, expiring URL.
    /// </summary>
    Task<Uri?> GetDirectReadUrlAsync(string key, TimeSpan validity, string? downloadFileName, CancellationToken cancellationToken);

    /// <summary>The object's path on this machine's disk, when the store keeps it there; lets ffmpeg read it in place.</summary>
    string? TryGetLocalPath(string key);
}

/// <summary>A stored object.</summary>
public sealed record StoredObject
{
    /// <summary>The key.</summary>
    public required string Key { get; init; }

    /// <summary>The size in bytes.</summary>
    public required long Length { get; init; }

    /// <summary>The content type.</summary>
    public required string ContentType { get; init; }

    /// <summary>The SHA-256 of the content as lower-case hex, when the store knows it.</summary>
    public string? Sha256 { get; init; }
}
