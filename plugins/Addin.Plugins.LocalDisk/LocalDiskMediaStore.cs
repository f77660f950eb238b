using System.Buffers;
using System.Security.Cryptography;
using Addin.Sdk.Plugins;
using Addin.Sdk.Storage;

namespace Addin.Plugins.LocalDisk;

/// <summary>
/// Keeps each object as a file at <c>&lt;root&gt;/&lt;key&gt;</c> and its content type and SHA-256 at
/// <c>&lt;root&gt;/.meta/&lt;key&gt;.json</c>. Writes stream into a temporary file beside the target, reach the disk, and
/// are renamed over it, so a reader sees the old object or the new one, never a part.
/// </summary>
public sealed class LocalDiskMediaStore : IMediaStore, IHealthReporting
{
    private const int BufferSize = 1024 * 1024;
    private const string UnknownContentType = "application/octet-stream";

    private readonly string _root;

    /// <summary>Creates a store over an existing root folder.</summary>
    /// <param name="root">The absolute root folder.</param>
    public LocalDiskMediaStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <inheritdoc/>
    public async Task<StoredObject> PutAsync(string key, Stream content, string contentType, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        string path = MediaKey.ToPath(_root, key);
        string metadataPath = MetadataPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(Path.GetDirectoryName(metadataPath)!);

        string temp = Path.Combine(Path.GetDirectoryName(path)!, $".put-{Guid.NewGuid():N}.tmp");
        string metadataTemp = Path.Combine(Path.GetDirectoryName(metadataPath)!, $".put-{Guid.NewGuid():N}.tmp");
        try
        {
            var (length, sha256) = await CopyAsync(content, temp, progress, cancellationToken);
            var metadata = new ObjectMetadata(contentType, length, sha256, File.GetLastWriteTimeUtc(temp).Ticks);
            await metadata.WriteAsync(metadataTemp, cancellationToken);

            // Everything that can fail is done: from here on the put only renames.
            File.Move(temp, path, overwrite: true);
            File.Move(metadataTemp, metadataPath, overwrite: true);
            return new StoredObject { Key = key, Length = length, ContentType = contentType, Sha256 = sha256 };
        }
        finally
        {
            // After the renames there is nothing left here; after a failure, nothing is kept.
            File.Delete(temp);
            File.Delete(metadataTemp);
        }
    }

    /// <inheritdoc/>
    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        string path = MediaKey.ToPath(_root, key);
        try
        {
            // Delete sharing lets a put rename a new version over the file, or a delete remove it, while it is read.
            Stream stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous,
            });
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc/>
    public async Task<StoredObject?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(MediaKey.ToPath(_root, key));
        if (!file.Exists)
        {
            return null;
        }

        var metadata = await ObjectMetadata.ReadAsync(MetadataPath(key), cancellationToken);
        bool current = metadata is not null && metadata.Describes(file);
        return new StoredObject
        {
            Key = key,
            Length = file.Length,
            ContentType = current ? metadata!.ContentType : UnknownContentType,
            Sha256 = current ? metadata!.Sha256 : null,
        };
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        string path = MediaKey.ToPath(_root, key);
        bool existed = File.Exists(path);
        File.Delete(path);
        File.Delete(MetadataPath(key));
        return Task.FromResult(existed);
    }

    /// <inheritdoc/>
    /// <remarks>Always null: local files have no URL of their own; the host serves them through its signed URLs.</remarks>
    public Task<Uri?> GetDirectReadUrlAsync(string key, TimeSpan validity, string? downloadFileName, CancellationToken cancellationToken)
    {
        MediaKey.ToPath(_root, key);
        return Task.FromResult<Uri?>(null);
    }

    /// <inheritdoc/>
    /// <remarks>The object's full path, or null when there is no such object.</remarks>
    public string? TryGetLocalPath(string key)
    {
        string path = MediaKey.ToPath(_root, key);
        return File.Exists(path) ? path : null;
    }

    /// <inheritdoc/>
    public async Task<string?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_root))
        {
            return $"The media folder {_root} does not exist (is its volume mounted?).";
        }

        string probe = Path.Combine(_root, $".health-{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"The media folder {_root} is not writable: {ex.Message}";
        }
    }

    /// <summary>Where an object's metadata lives; call only with a key <see cref="MediaKey.ToPath"/> accepted.</summary>
    private string MetadataPath(string key) => Path.Combine(_root, ".meta", key + ".json");

    private static async Task<(long Length, string Sha256)> CopyAsync(Stream content, string path, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            // No FileStream buffer: every write is already a large chunk.
            await using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
                BufferSize = 0,
            });
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                length += read;
                progress?.Report(length);
            }

            file.Flush(flushToDisk: true);
            return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
