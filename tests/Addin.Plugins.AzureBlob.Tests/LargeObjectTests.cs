using System.Security.Cryptography;
using Addin.Testing;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Addin.Plugins.AzureBlob.Tests;

[CollectionDefinition(nameof(LargeObjectTests), DisableParallelization = true)]
public sealed class LargeObjectCollection;

/// <summary>Alone in its collection: it measures the whole process's allocations, so no other test may run meanwhile.</summary>
[Collection(nameof(LargeObjectTests))]
public sealed class LargeObjectTests : IAsyncLifetime
{
    private const long Size = 200L * 1024 * 1024 + 12_345;
    private const long AllocationBudget = 32L * 1024 * 1024;
    private const string Key = "recordings/big/original.mp4";

    private readonly BlobStoreFixture _fixture = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Put_200MegabytesFromANonSeekableStream_StagesBlocksWithBoundedMemory()
    {
        string expectedSha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(new GeneratedStream(Size)));

        // Whole-process count: the upload's continuations run on pool threads, which a per-thread count would miss.
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stored = await _fixture.Store.PutAsync(Key, new GeneratedStream(Size), "video/mp4", null, CancellationToken.None);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.True(allocated < AllocationBudget, $"PutAsync allocated {allocated:N0} bytes for a {Size:N0}-byte object.");
        Assert.Equal((Size, expectedSha256), (stored.Length, stored.Sha256));

        BlockList blocks = await _fixture.Container.GetBlockBlobClient(Key).GetBlockListAsync(BlockListTypes.All);
        Assert.Empty(blocks.UncommittedBlocks);
        Assert.Equal((int)Math.Ceiling((double)Size / AzureBlobMediaStore.DefaultBlockSize), blocks.CommittedBlocks.Count());
        Assert.All(blocks.CommittedBlocks, b => Assert.True(b.SizeLong <= AzureBlobMediaStore.DefaultBlockSize, $"block of {b.SizeLong:N0} bytes"));
        Assert.Equal(Size, blocks.CommittedBlocks.Sum(b => b.SizeLong));

        await using var read = (await _fixture.Store.OpenReadAsync(Key, CancellationToken.None))!;
        Assert.Equal(expectedSha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(read)));
    }
}
