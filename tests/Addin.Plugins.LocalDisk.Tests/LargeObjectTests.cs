using System.Security.Cryptography;
using Addin.Testing;

namespace Addin.Plugins.LocalDisk.Tests;

[CollectionDefinition(nameof(LargeObjectTests), DisableParallelization = true)]
public sealed class LargeObjectCollection;

/// <summary>Alone in its collection: it measures the whole process's allocations, so no other test may run meanwhile.</summary>
[Collection(nameof(LargeObjectTests))]
public sealed class LargeObjectTests : IDisposable
{
    private const long Size = 200L * 1024 * 1024;
    private const long AllocationBudget = 16L * 1024 * 1024;

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Put_200MegabytesFromANonSeekableStream_StreamsWithBoundedMemory()
    {
        var store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));
        string expectedSha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(new GeneratedStream(Size)));

        // Whole-process count: the copy's continuations run on pool threads, which a per-thread count would miss.
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stored = await store.PutAsync("recordings/big/original.mp4", new GeneratedStream(Size), "video/mp4", null, CancellationToken.None);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.True(allocated < AllocationBudget, $"PutAsync allocated {allocated:N0} bytes for a {Size:N0}-byte object.");
        Assert.Equal((Size, expectedSha256), (stored.Length, stored.Sha256));
        Assert.Equal(Size, new FileInfo(store.TryGetLocalPath("recordings/big/original.mp4")!).Length);
    }
}
