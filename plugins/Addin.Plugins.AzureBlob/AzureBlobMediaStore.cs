using Addin.Sdk.Plugins;
using Addin.Sdk.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.AzureBlob;

/// <summary>
/// Keeps each object as a block blob named <c>&lt;prefix&gt;/&lt;key&gt;</c>, with its content type as the blob's
/// Content-Type and its SHA-256 in the metadata. A put stages the content in blocks and commits the block list once
/// all of it has arrived, so readers see the old object or the new one, never a part.
/// </summary>
public sealed class AzureBlobMediaStore : ITieredMediaStore, IHealthReporting
{
    /// <summary>The size of a staged block, and so of the one buffer a put holds.</summary>
    public const int DefaultBlockSize = 8 * 1024 * 1024;

    private const string Sha256Metadata = "sha256";
    private const int ReadBufferSize = 4 * 1024 * 1024;

    private readonly BlobContainerClient _container;
    private readonly BlobNames _names;
    private readonly TimeSpan _maxSasValidity;
    private readonly AccessTier? _accessTier;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _blockSize;
    private int _toldCannotSign;

    internal AzureBlobMediaStore(BlobContainerClient container, BlobNames names, TimeSpan maxSasValidity, AccessTier? accessTier, TimeProvider time, ILogger logger, int blockSize = DefaultBlockSize)
    {
        _container = container;
        _names = names;
        _maxSasValidity = maxSasValidity;
        _accessTier = accessTier;
        _time = time;
        _logger = logger;
        _blockSize = blockSize;
    }

    /// <summary>The container's endpoint, without credentials.</summary>
    internal Uri Endpoint => new(_container.Uri.GetLeftPart(UriPartial.Path));

    /// <inheritdoc/>
    public async Task<StoredObject> PutAsync(string key, Stream content, string contentType, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var upload = new BlockUpload(_container.GetBlockBlobClient(_names.For(key)), _blockSize);
        string sha256 = await upload.StageAsync(content, progress, cancellationToken);
        await upload.CommitAsync(new CommitBlockListOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string> { [Sha256Metadata] = sha256 },
            AccessTier = _accessTier,
        }, cancellationToken);
        return new StoredObject { Key = key, Length = upload.Length, ContentType = contentType, Sha256 = sha256 };
    }

    /// <inheritdoc/>
    /// <remarks>Seekable; it reads ahead in 4 MiB ranges and fails rather than mix in a version put while it reads.</remarks>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_names.For(key));
        try
        {
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = ReadBufferSize }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public async Task<StoredObject?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_names.For(key));
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return new StoredObject
            {
                Key = key,
                Length = properties.ContentLength,
                ContentType = properties.ContentType ?? "application/octet-stream",
                Sha256 = properties.Metadata.TryGetValue(Sha256Metadata, out string? sha256) ? sha256 : null,
            };
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_names.For(key));
        return await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> SetTierAsync(string key, MediaTier tier, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_names.For(key));
        try
        {
            await blob.SetAccessTierAsync(ToAccessTier(tier), cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<MediaTier?> GetTierAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_names.For(key));
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return FromAccessTier(properties.AccessTier);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static AccessTier ToAccessTier(MediaTier tier) => tier switch
    {
        MediaTier.Hot => AccessTier.Hot,
        MediaTier.Cool => AccessTier.Cool,
        MediaTier.Cold => AccessTier.Cold,
        MediaTier.Archive => AccessTier.Archive,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a storage tier."),
    };

    private static MediaTier? FromAccessTier(AccessTier? tier) =>
        tier == AccessTier.Hot ? MediaTier.Hot
        : tier == AccessTier.Cool ? MediaTier.Cool
        : tier == AccessTier.Cold ? MediaTier.Cold
        : tier == AccessTier.Archive ? MediaTier.Archive
        : null;

    /// <inheritdoc/>
    /// <remarks>
    /// A read-only SAS for this one blob, valid for <paramref name="validity"/> but never longer than the maxSasValidity
    /// setting. Null when the connection string has no account key to sign with: the host then serves the object itself.
    /// </remarks>
    public Task<Uri?> GetDirectReadUrlAsync(string key, TimeSpan validity, string? downloadFileName, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validity, TimeSpan.Zero);
        var blob = _container.GetBlobClient(_names.For(key));
        if (!blob.CanGenerateSasUri)
        {
            if (Interlocked.Exchange(ref _toldCannotSign, 1) == 0)
            {
                _logger.LogWarning("Media store {Container} cannot sign SAS URLs (its connection string has no account key); Addin serves the media itself.", Endpoint);
            }

            return Task.FromResult<Uri?>(null);
        }

        var sas = new BlobSasBuilder(BlobSasPermissions.Read, _time.GetUtcNow() + (validity < _maxSasValidity ? validity : _maxSasValidity))
        {
            BlobContainerName = _container.Name,
            BlobName = blob.Name,
            Resource = "b",
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            ContentDisposition = downloadFileName is null ? null : DownloadDisposition.For(downloadFileName),
        };
        return Task.FromResult<Uri?>(blob.GenerateSasUri(sas));
    }

    /// <inheritdoc/>
    /// <remarks>Always null: blobs are not on this machine's disk; the host copies what ffmpeg must read.</remarks>
    public string? TryGetLocalPath(string key)
    {
        _names.For(key);
        return null;
    }

    /// <inheritdoc/>
    public async Task<string?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _container.GetPropertiesAsync(cancellationToken: cancellationToken);
            return null;
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            var (setting, problem) = StorageFailure.Describe(ex, Endpoint, _container.Name);
            return $"Azure Blob setting {setting}: {problem}.";
        }
    }
}
