using System.Security.Cryptography;
using Addin.Sdk.Storage;
using Addin.Testing;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Addin.Plugins.AzureBlob.Tests;

/// <summary>The store against Azurite: what a put leaves in the account, what readers see, and what a failed put leaves.</summary>
public sealed class AzureBlobMediaStoreTests : IAsyncLifetime
{
    private const string Key = "recordings/42/original.mp4";

    private readonly BlobStoreFixture _fixture = new();

    private IMediaStore Store => _fixture.Store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Put_ThenOpenRead_ReturnsTheSameBytesAndTheirSha256()
    {
        byte[] content = GeneratedStream.Expected(20_000_000);

        var stored = await Store.PutAsync(Key, new GeneratedStream(content.Length), "video/mp4", null, CancellationToken.None);

        Assert.Equal(content, await ReadAllAsync(Key));
        Assert.Equal(new StoredObject { Key = Key, Length = content.Length, ContentType = "video/mp4", Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)) }, stored);
        Assert.Equal(stored, await Store.GetInfoAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Put_ContentTypeAndChecksum_AreTheBlobsHeaderAndMetadata()
    {
        byte[] content = GeneratedStream.Expected(1_000);

        await Store.PutAsync(Key, new MemoryStream(content), "video/webm", null, CancellationToken.None);

        BlobProperties properties = await _fixture.Container.GetBlobClient(Key).GetPropertiesAsync();
        Assert.Equal("video/webm", properties.ContentType);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), properties.Metadata["sha256"]);
        Assert.Equal(BlobType.Block, properties.BlobType);
    }

    [Fact]
    public async Task Put_EmptyStream_StoresAnEmptyObject()
    {
        var stored = await Store.PutAsync(Key, new MemoryStream(), "video/mp4", null, CancellationToken.None);

        Assert.Equal(0, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([])), (await Store.GetInfoAsync(Key, CancellationToken.None))!.Sha256);
    }

    [Fact]
    public async Task Put_WithProgress_ReportsEachStagedBlockUpToTheLength()
    {
        var reports = new List<long>();

        await Store.PutAsync(Key, new GeneratedStream(20_000_000), "video/mp4", new SynchronousProgress(reports.Add), CancellationToken.None);

        Assert.Equal([AzureBlobMediaStore.DefaultBlockSize, 2L * AzureBlobMediaStore.DefaultBlockSize, 20_000_000], reports);
    }

    [Fact]
    public async Task Put_SourceFailsMidway_LeavesNoBlob()
    {
        var failing = new FailingStream(new GeneratedStream(30_000_000), before: 20_000_000);

        await Assert.ThrowsAsync<IOException>(() => Store.PutAsync(Key, failing, "video/mp4", null, CancellationToken.None));

        Assert.Null(await Store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Null(await Store.OpenReadAsync(Key, CancellationToken.None));
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Put_SourceFailsMidwayOverAnExistingObject_LeavesThePreviousObjectIntact()
    {
        var previous = await Store.PutAsync(Key, new MemoryStream(new byte[3_000_000]), "video/mp4", null, CancellationToken.None);
        var failing = new FailingStream(new GeneratedStream(30_000_000), before: 20_000_000);

        await Assert.ThrowsAsync<IOException>(() => Store.PutAsync(Key, failing, "video/webm", null, CancellationToken.None));

        Assert.Equal(previous, await Store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Equal(new byte[3_000_000], await ReadAllAsync(Key));
    }

    [Fact]
    public async Task Put_AfterAFailedPut_CommitsOnlyItsOwnBlocksAndTheFailedOnesAreDiscarded()
    {
        var failing = new FailingStream(new GeneratedStream(30_000_000), before: 20_000_000);
        await Assert.ThrowsAsync<IOException>(() => Store.PutAsync(Key, failing, "video/mp4", null, CancellationToken.None));
        BlockList staged = await _fixture.Container.GetBlockBlobClient(Key).GetBlockListAsync(BlockListTypes.Uncommitted);
        Assert.Equal(2, staged.UncommittedBlocks.Count());

        await Store.PutAsync(Key, new GeneratedStream(1_000), "video/mp4", null, CancellationToken.None);

        BlockList blocks = await _fixture.Container.GetBlockBlobClient(Key).GetBlockListAsync(BlockListTypes.All);
        Assert.Empty(blocks.UncommittedBlocks);
        Assert.Equal([1_000L], blocks.CommittedBlocks.Select(b => b.SizeLong));
        Assert.Equal(GeneratedStream.Expected(1_000), await ReadAllAsync(Key));
    }

    [Fact]
    public async Task Put_CancelledMidway_LeavesNoBlob()
    {
        using var cancel = new CancellationTokenSource();
        var content = new GeneratedStream(30_000_000, pauseAfter: 20_000_000);

        var put = Store.PutAsync(Key, content, "video/mp4", null, cancel.Token);
        await content.Paused;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => put);
        Assert.Null(await Store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Put_ReplacingAnObject_ReadersSeeTheOldUntilTheNewIsCommitted()
    {
        await Store.PutAsync(Key, new MemoryStream(new byte[4_000_000]), "video/mp4", null, CancellationToken.None);
        var before = await Store.GetInfoAsync(Key, CancellationToken.None);
        var replacement = new GeneratedStream(20_000_000, pauseAfter: 16_777_216);

        var put = Store.PutAsync(Key, replacement, "video/mp4", null, CancellationToken.None);
        await replacement.Paused;
        byte[] duringPut = await ReadAllAsync(Key);
        var infoDuringPut = await Store.GetInfoAsync(Key, CancellationToken.None);
        replacement.Release();
        await put;

        Assert.Equal(new byte[4_000_000], duringPut);
        Assert.Equal(before, infoDuringPut);
        Assert.Equal(GeneratedStream.Expected(20_000_000), await ReadAllAsync(Key));
    }

    [Fact]
    public async Task OpenRead_StoredObject_IsSeekable()
    {
        await Store.PutAsync(Key, new GeneratedStream(10_000_000), "video/mp4", null, CancellationToken.None);
        await using var stream = (await Store.OpenReadAsync(Key, CancellationToken.None))!;

        stream.Seek(9_000_000, SeekOrigin.Begin);
        byte[] tail = new byte[1_000_000];
        await stream.ReadExactlyAsync(tail);

        Assert.True(stream.CanSeek);
        Assert.Equal(GeneratedStream.Expected(10_000_000)[9_000_000..], tail);
    }

    [Fact]
    public async Task OpenReadGetInfoAndTryGetLocalPath_AbsentObject_ReturnNull()
    {
        Assert.Null(await Store.OpenReadAsync(Key, CancellationToken.None));
        Assert.Null(await Store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Null(Store.TryGetLocalPath(Key));
    }

    [Fact]
    public async Task TryGetLocalPath_StoredObject_IsNullBecauseBlobsAreNotOnThisDisk()
    {
        await Store.PutAsync(Key, new GeneratedStream(100), "video/mp4", null, CancellationToken.None);

        Assert.Null(Store.TryGetLocalPath(Key));
    }

    [Fact]
    public async Task Delete_CalledTwice_RemovesOnceAndSaysWhetherItExisted()
    {
        await Store.PutAsync(Key, new GeneratedStream(100), "video/mp4", null, CancellationToken.None);

        Assert.True(await Store.DeleteAsync(Key, CancellationToken.None));
        Assert.False(await Store.DeleteAsync(Key, CancellationToken.None));
        Assert.Null(await Store.GetInfoAsync(Key, CancellationToken.None));
        Assert.False(await _fixture.Container.GetBlobClient(Key).ExistsAsync());
    }

    [Theory]
    [InlineData("../other-container/x.mp4")]
    [InlineData("recordings/./42.mp4")]
    [InlineData("/recordings/42.mp4")]
    [InlineData("recordings//42.mp4")]
    [InlineData("recordings\\42.mp4")]
    [InlineData("recordings/4\n2.mp4")]
    public async Task AnyOperation_KeyThatIsNotAPlainRelativePath_IsRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(key, new MemoryStream([1]), "video/mp4", null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetDirectReadUrlAsync(key, TimeSpan.FromMinutes(1), null, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => Store.TryGetLocalPath(key));
    }

    [Fact]
    public async Task Put_WithAPrefixAndAccessTier_NamesTheBlobUnderThePrefixWithThatTier()
    {
        await using var fixture = new BlobStoreFixture(new { prefix = "/springfield/", accessTier = "Cool" });

        await fixture.Store.PutAsync(Key, new MemoryStream([1, 2, 3]), "video/mp4", null, CancellationToken.None);

        var blobs = await ListAsync(fixture);
        Assert.Equal(["springfield/" + Key], blobs.Select(b => b.Name));
        Assert.Equal(AccessTier.Cool, blobs[0].Properties.AccessTier);
        Assert.Equal([1, 2, 3], await ReadAllAsync(fixture.Store, Key));
    }

    [Fact]
    public async Task CheckHealth_ContainerReachable_IsHealthy_AndDeletedContainer_IsNamed()
    {
        var health = (Addin.Sdk.Plugins.IHealthReporting)Store;
        Assert.Null(await health.CheckHealthAsync(CancellationToken.None));

        await _fixture.Container.DeleteAsync();

        string? problem = await health.CheckHealthAsync(CancellationToken.None);
        Assert.Contains("/container", problem, StringComparison.Ordinal);
        Assert.Contains(_fixture.ContainerName, problem, StringComparison.Ordinal);
    }

    private Task<List<BlobItem>> ListAsync() => ListAsync(_fixture);

    private static async Task<List<BlobItem>> ListAsync(BlobStoreFixture fixture)
    {
        var blobs = new List<BlobItem>();
        await foreach (var blob in fixture.Container.GetBlobsAsync())
        {
            blobs.Add(blob);
        }

        return blobs;
    }

    private Task<byte[]> ReadAllAsync(string key) => ReadAllAsync(Store, key);

    private static async Task<byte[]> ReadAllAsync(IMediaStore store, string key)
    {
        await using var stream = (await store.OpenReadAsync(key, CancellationToken.None))!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
