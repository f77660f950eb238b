using System.Security.Cryptography;
using Addin.Sdk.Storage;
using Addin.Testing;

namespace Addin.Plugins.LocalDisk.Tests;

public sealed class LocalDiskMediaStoreTests : IDisposable
{
    private const string Key = "recordings/42/original.mp4";

    private readonly TempDirectory _data = new();
    private readonly IMediaStore _store;

    public LocalDiskMediaStoreTests() =>
        _store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));

    private string Root => Path.Combine(_data.Path, "media");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Put_ThenOpenRead_ReturnsTheSameBytesAndTheirSha256()
    {
        byte[] content = GeneratedStream.Expected(300_000);

        var stored = await _store.PutAsync(Key, new GeneratedStream(content.Length), "video/mp4", null, CancellationToken.None);

        Assert.Equal(content, await ReadAllAsync(Key));
        Assert.Equal(new StoredObject { Key = Key, Length = content.Length, ContentType = "video/mp4", Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)) }, stored);
        Assert.Equal(stored, await _store.GetInfoAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Put_WithProgress_ReportsBytesUpToTheLength()
    {
        var reports = new List<long>();

        await _store.PutAsync(Key, new GeneratedStream(3_500_000), "video/mp4", new SynchronousProgress(reports.Add), CancellationToken.None);

        Assert.Equal(3_500_000, reports[^1]);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public async Task Put_CancelledMidway_LeavesNoObjectAndNoTemporaryFile()
    {
        using var cancel = new CancellationTokenSource();
        var content = new GeneratedStream(8_000_000, pauseAfter: 3_000_000);

        var put = _store.PutAsync(Key, content, "video/mp4", null, cancel.Token);
        await content.Paused;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => put);
        Assert.Null(await _store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Put_ReplacingAnObject_ReadersSeeTheOldOrTheNewNeverAPart()
    {
        await _store.PutAsync(Key, new MemoryStream(new byte[4_000_000]), "video/mp4", null, CancellationToken.None);
        var before = await _store.GetInfoAsync(Key, CancellationToken.None);
        await using var openedBefore = (await _store.OpenReadAsync(Key, CancellationToken.None))!;
        var replacement = new GeneratedStream(6_000_000, pauseAfter: 2_000_000);

        var put = _store.PutAsync(Key, replacement, "video/mp4", null, CancellationToken.None);
        await replacement.Paused;
        byte[] duringPut = await ReadAllAsync(Key);
        var infoDuringPut = await _store.GetInfoAsync(Key, CancellationToken.None);
        replacement.Release();
        await put;

        Assert.Equal(new byte[4_000_000], duringPut);
        Assert.Equal(before, infoDuringPut);
        Assert.Equal(GeneratedStream.Expected(6_000_000), await ReadAllAsync(Key));
        Assert.Equal(new byte[4_000_000], await ReadAllAsync(openedBefore));
    }

    [Fact]
    public async Task OpenRead_StoredObject_IsSeekable()
    {
        await _store.PutAsync(Key, new GeneratedStream(10_000), "video/mp4", null, CancellationToken.None);
        await using var stream = (await _store.OpenReadAsync(Key, CancellationToken.None))!;

        stream.Seek(9_000, SeekOrigin.Begin);
        byte[] tail = new byte[1_000];
        await stream.ReadExactlyAsync(tail);

        Assert.Equal(GeneratedStream.Expected(10_000)[9_000..], tail);
    }

    [Fact]
    public async Task OpenReadGetInfoAndTryGetLocalPath_AbsentObject_ReturnNull()
    {
        Assert.Null(await _store.OpenReadAsync(Key, CancellationToken.None));
        Assert.Null(await _store.GetInfoAsync(Key, CancellationToken.None));
        Assert.Null(_store.TryGetLocalPath(Key));
    }

    [Fact]
    public async Task Delete_CalledTwice_RemovesOnceAndSaysWhetherItExisted()
    {
        await _store.PutAsync(Key, new GeneratedStream(100), "video/mp4", null, CancellationToken.None);

        Assert.True(await _store.DeleteAsync(Key, CancellationToken.None));
        Assert.False(await _store.DeleteAsync(Key, CancellationToken.None));
        Assert.Null(await _store.GetInfoAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task TryGetLocalPath_StoredObject_IsItsFileUnderTheRoot()
    {
        await _store.PutAsync(Key, new GeneratedStream(100), "video/mp4", null, CancellationToken.None);

        Assert.Equal(Path.Combine(Root, "recordings", "42", "original.mp4"), _store.TryGetLocalPath(Key));
    }

    [Fact]
    public async Task GetDirectReadUrl_AnyKey_IsNullSoTheHostServesTheFile()
    {
        Assert.Null(await _store.GetDirectReadUrlAsync(Key, TimeSpan.FromMinutes(5), "lecture.mp4", CancellationToken.None));
    }

    [Fact]
    public async Task GetInfo_FileReplacedBehindTheStoresBack_DropsTheStaleChecksum()
    {
        await _store.PutAsync(Key, new GeneratedStream(100), "video/mp4", null, CancellationToken.None);
        await File.WriteAllBytesAsync(_store.TryGetLocalPath(Key)!, new byte[50]);

        var info = await _store.GetInfoAsync(Key, CancellationToken.None);

        Assert.Equal((50L, null, "application/octet-stream"), (info!.Length, info.Sha256, info.ContentType));
    }

    [Theory]
    [InlineData("../outside.mp4")]
    [InlineData("recordings/../../outside.mp4")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("recordings\\42\\original.mp4")]
    [InlineData("recordings//original.mp4")]
    [InlineData("recordings/")]
    [InlineData("recordings/./original.mp4")]
    [InlineData(".meta/recordings/42/original.mp4.json")]
    [InlineData("recordings/.put-1.tmp")]
    [InlineData("recordings/a\u0000b")]
    public async Task AnyOperation_KeyThatCouldLeaveTheRoot_IsRejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.PutAsync(key, new MemoryStream([1]), "video/mp4", null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.GetInfoAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(key, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => _store.TryGetLocalPath(key));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_data.Path, "*", SearchOption.AllDirectories), p => !p.StartsWith(Root, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckHealth_WritableRoot_IsHealthyAndLeavesNoProbe()
    {
        Assert.Null(await ((Sdk.Plugins.IHealthReporting)_store).CheckHealthAsync(CancellationToken.None));
        Assert.Empty(Directory.GetFileSystemEntries(Root));
    }

    [Fact]
    public async Task CheckHealth_RootGone_SaysWhichFolder()
    {
        Directory.Delete(Root);

        string? problem = await ((Sdk.Plugins.IHealthReporting)_store).CheckHealthAsync(CancellationToken.None);

        Assert.Equal($"The media folder {Root} does not exist (is its volume mounted?).", problem);
    }

    private async Task<byte[]> ReadAllAsync(string key) => await ReadAllAsync((await _store.OpenReadAsync(key, CancellationToken.None))!);

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
