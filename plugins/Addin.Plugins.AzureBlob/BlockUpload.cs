using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Addin.Plugins.AzureBlob;

/// <summary>
/// Streams content into uncommitted blocks of a block blob, one block buffer at a time, hashing it on the way. Nothing
/// is visible under the blob's name until <see cref="CommitAsync"/>; blocks never committed are discarded by the service
/// (at the name's next commit, or after a week).
/// </summary>
internal sealed class BlockUpload
{
    private readonly BlockBlobClient _blob;
    private readonly int _blockSize;

    // Block ids of one blob must all have the same length. A random part per upload keeps two uploads to the same name
    // from replacing each other's uncommitted blocks.
    private readonly string _uploadId = Guid.NewGuid().ToString("N");
    private readonly List<string> _blockIds = [];

    public BlockUpload(BlockBlobClient blob, int blockSize)
    {
        _blob = blob;
        _blockSize = blockSize;
    }

    /// <summary>The bytes staged so far.</summary>
    public long Length { get; private set; }

    /// <summary>Reads <paramref name="content"/> to its end and stages it; returns the SHA-256 as lower-case hex.</summary>
    public async Task<string> StageAsync(Stream content, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(_blockSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int filled;
            do
            {
                filled = await content.ReadAtLeastAsync(buffer.AsMemory(0, _blockSize), _blockSize, throwOnEndOfStream: false, cancellationToken);
                if (filled > 0)
                {
                    hash.AppendData(buffer, 0, filled);
                    await StageBlockAsync(buffer, filled, cancellationToken);
                    progress?.Report(Length);
                }
            }
            while (filled == _blockSize);

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Makes the staged blocks the blob's content, in one step, with its headers, metadata and tier.</summary>
    public Task CommitAsync(CommitBlockListOptions options, CancellationToken cancellationToken) =>
        _blob.CommitBlockListAsync(_blockIds, options, cancellationToken);

    private async Task StageBlockAsync(byte[] buffer, int count, CancellationToken cancellationToken)
    {
        string id = Convert.ToBase64String(Encoding.ASCII.GetBytes(
            _uploadId + _blockIds.Count.ToString("D6", CultureInfo.InvariantCulture)));
        using var block = new MemoryStream(buffer, 0, count, writable: false);
        await _blob.StageBlockAsync(id, block, new BlockBlobStageBlockOptions
        {
            // The service checks each block's MD5, so a block damaged on the way is refused rather than stored.
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
        }, cancellationToken);
        _blockIds.Add(id);
        Length += count;
    }
}
