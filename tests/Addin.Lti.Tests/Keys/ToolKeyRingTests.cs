using System.Text.Json;
using System.Text.RegularExpressions;
using Addin.Lti.Keys;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Keys;

public sealed class ToolKeyRingTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] PublicMembers = ["alg", "e", "kid", "kty", "n", "use"];

    private readonly FakeTimeProvider _time = new(Start);
    private readonly InMemoryToolKeyStore _store = new();
    private readonly LogSink _logs = new();
    private readonly List<ToolKeyRing> _rings = [];

    public void Dispose()
    {
        foreach (var ring in _rings)
        {
            ring.Dispose();
        }
    }

    [Fact]
    public async Task GetAsync_FirstUse_CreatesCurrentAndNextAndSavesThem()
    {
        var keys = await Ring().GetAsync(CancellationToken.None);

        Assert.Matches(new Regex("^addin-20260302-[0-9a-f]{12}$"), keys.Current.KeyId);
        Assert.Matches(new Regex("^addin-20260302-[0-9a-f]{12}$"), keys.Next.KeyId);
        Assert.NotEqual(keys.Current.KeyId, keys.Next.KeyId);
        Assert.Null(keys.Previous);
        Assert.Equal(Start, keys.CurrentSince);
        Assert.Equal(1, _store.SaveCount);
        var stored = await _store.LoadAsync(CancellationToken.None);
        Assert.Equal(keys.Current.KeyId, stored?.Current.KeyId);
        Assert.Equal(keys.Next.KeyId, stored?.Next.KeyId);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", stored?.Current.PrivateKeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetJwksJsonAsync_FirstUse_PublishesCurrentAndNextWithoutPrivateParts()
    {
        var ring = Ring();
        var keys = await ring.GetAsync(CancellationToken.None);

        var published = Published(await ring.GetJwksJsonAsync(CancellationToken.None));

        Assert.Equal([keys.Current.KeyId, keys.Next.KeyId], published.Select(k => k.Kid));
        Assert.All(published, k => Assert.Equal(PublicMembers, k.Members));
        Assert.Equal(keys.Current.ToPublicJwk().N, published[0].N);
    }

    [Fact]
    public async Task GetAsync_RepeatedWithinInterval_ReadsAndSavesOnce()
    {
        var ring = Ring();
        var first = await ring.GetAsync(CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            Assert.Same(first.Current, (await ring.GetAsync(CancellationToken.None)).Current);
        }

        Assert.Equal(1, _store.SaveCount);
    }

    [Fact]
    public async Task GetAsync_AfterRotationInterval_NextBecomesCurrentAndOldCurrentIsPublishedAsPrevious()
    {
        var ring = Ring();
        var before = await ring.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(90));
        var after = await ring.GetAsync(CancellationToken.None);

        Assert.Equal(before.Next.KeyId, after.Current.KeyId);
        Assert.Equal(before.Current.KeyId, after.Previous?.KeyId);
        Assert.DoesNotContain(after.Next.KeyId, new[] { before.Current.KeyId, before.Next.KeyId });
        Assert.Matches(new Regex("^addin-20260531-[0-9a-f]{12}$"), after.Next.KeyId);
        Assert.Equal(Start.AddDays(90), after.CurrentSince);
        Assert.Equal(
            [before.Current.KeyId, before.Next.KeyId, after.Next.KeyId],
            Published(await ring.GetJwksJsonAsync(CancellationToken.None)).Select(k => k.Kid));
        Assert.Equal(2, _store.SaveCount);
        Assert.Contains($"Rotated the tool's signing key: current {after.Current.KeyId}", _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_JustBeforeRotationInterval_DoesNotRotate()
    {
        var ring = Ring();
        var before = await ring.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1));

        Assert.Equal(before.Current.KeyId, (await ring.GetAsync(CancellationToken.None)).Current.KeyId);
        Assert.Equal(1, _store.SaveCount);
    }

    [Fact]
    public async Task GetAsync_AfterGracePeriod_PreviousIsDroppedFromJwksAndStore()
    {
        var ring = Ring();
        var original = await ring.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(90));
        await ring.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(original.Current.KeyId, (await ring.GetAsync(CancellationToken.None)).Previous?.KeyId);
        _time.Advance(TimeSpan.FromHours(1));
        var keys = await ring.GetAsync(CancellationToken.None);

        Assert.Null(keys.Previous);
        Assert.Equal(2, Published(await ring.GetJwksJsonAsync(CancellationToken.None)).Count);
        Assert.Null((await _store.LoadAsync(CancellationToken.None))?.Previous);
        Assert.Equal(3, _store.SaveCount);
    }

    [Fact]
    public async Task GetAsync_OfflineForSeveralIntervals_RotatesOneStep()
    {
        var ring = Ring();
        var before = await ring.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(400));
        var after = await ring.GetAsync(CancellationToken.None);

        Assert.Equal(before.Next.KeyId, after.Current.KeyId);
        Assert.Equal(_time.GetUtcNow(), after.CurrentSince);
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallersWhenRotationIsDue_RotateOnce()
    {
        var store = new GatedStore();
        var ring = Ring(store);
        await ring.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(91));
        store.Hold();

        var callers = Enumerable.Range(0, 32).Select(_ => Task.Run(() => ring.GetAsync(CancellationToken.None))).ToList();
        await store.FirstLoadWaiting.WaitAsync(TimeSpan.FromSeconds(10));
        store.Release();
        var results = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, store.SaveCount);
        Assert.Equal(1, store.MaxConcurrentLoads);
        Assert.Single(results.Select(r => r.Current.KeyId).Distinct());
        Assert.Single(results.Select(r => r.Next.KeyId).Distinct());
    }

    [Fact]
    public async Task GetAsync_NewRingOverTheSameStore_UsesTheSavedKeys()
    {
        var first = await Ring().GetAsync(CancellationToken.None);

        var reloaded = await Ring().GetAsync(CancellationToken.None);

        Assert.Equal(first.Current.KeyId, reloaded.Current.KeyId);
        Assert.Equal(first.Next.KeyId, reloaded.Next.KeyId);
        Assert.Equal(first.Current.ToPublicJwk().N, reloaded.Current.ToPublicJwk().N);
        Assert.Equal(first.Next.ToPublicJwk().N, reloaded.Next.ToPublicJwk().N);
        Assert.Equal(1, _store.SaveCount);
    }

    [Fact]
    public async Task GetAsync_TwoInstancesSharingAStore_RotateOnceAndAgree()
    {
        var a = Ring();
        var b = Ring();
        var before = await a.GetAsync(CancellationToken.None);
        await b.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(90));
        var rotatedByB = await b.GetAsync(CancellationToken.None);
        var seenByA = await a.GetAsync(CancellationToken.None);

        Assert.Equal(before.Next.KeyId, rotatedByB.Current.KeyId);
        Assert.Equal(rotatedByB.Next.KeyId, seenByA.Next.KeyId);
        Assert.Equal(rotatedByB.Previous?.KeyId, seenByA.Previous?.KeyId);
        Assert.Equal(2, _store.SaveCount);
    }

    [Fact]
    public async Task GetAsync_AfterReloadInterval_PicksUpKeysAnotherInstanceSaved()
    {
        var ring = Ring();
        await ring.GetAsync(CancellationToken.None);
        var replacement = await NewStoredKeysAsync();
        await _store.SaveAsync(replacement, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.NotEqual(replacement.Current.KeyId, (await ring.GetAsync(CancellationToken.None)).Current.KeyId);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(replacement.Current.KeyId, (await ring.GetAsync(CancellationToken.None)).Current.KeyId);
    }

    [Fact]
    public async Task GetCurrentAsync_AsToolSigningKeys_ReturnsTheCurrentKey()
    {
        var ring = Ring();
        IToolSigningKeys signing = ring;

        var current = await signing.GetCurrentAsync(CancellationToken.None);

        Assert.Same((await ring.GetAsync(CancellationToken.None)).Current, current);
    }

    [Fact]
    public async Task GetAsync_UnreadableStoredKey_ThrowsWithoutOverwritingOrLeakingTheStore()
    {
        var stored = await NewStoredKeysAsync();
        var broken = stored with { Current = stored.Current with { PrivateKeyPem = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----" } };
        var store = new InMemoryToolKeyStore(broken);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Ring(store).GetAsync(CancellationToken.None));

        Assert.Contains(broken.Current.KeyId, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.SaveCount);
        Assert.Contains("cannot be read", _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_AndStoredKeysText_NeverContainPrivateKeys()
    {
        var ring = Ring();
        await ring.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(91));
        await ring.GetAsync(CancellationToken.None);
        var stored = await _store.LoadAsync(CancellationToken.None);

        Assert.DoesNotContain("PRIVATE KEY", _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", stored!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", stored.Current.ToString(), StringComparison.Ordinal);
        Assert.Contains(stored.Current.KeyId, stored.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, 5, "RotationInterval")]
    [InlineData(90 * 24 * 60, -1, 5, "PreviousKeyGrace")]
    [InlineData(90 * 24 * 60, 90 * 24 * 60, 5, "PreviousKeyGrace")]
    [InlineData(90 * 24 * 60, 60, 0, "ReloadInterval")]
    public void Constructor_InvalidOptions_ThrowsNamingTheProperty(int rotationMinutes, int graceMinutes, int reloadMinutes, string property)
    {
        var options = new ToolKeyOptions
        {
            RotationInterval = TimeSpan.FromMinutes(rotationMinutes),
            PreviousKeyGrace = TimeSpan.FromMinutes(graceMinutes),
            ReloadInterval = TimeSpan.FromMinutes(reloadMinutes),
        };

        var ex = Assert.Throws<ArgumentException>(() => new ToolKeyRing(_store, _time, options, _logs.For<ToolKeyRing>()));

        Assert.Contains(property, ex.Message, StringComparison.Ordinal);
    }

    private ToolKeyRing Ring(IToolKeyStore? store = null)
    {
        var ring = new ToolKeyRing(store ?? _store, _time, new ToolKeyOptions(), _logs.For<ToolKeyRing>());
        _rings.Add(ring);
        return ring;
    }

    private async Task<StoredToolKeys> NewStoredKeysAsync()
    {
        var other = new InMemoryToolKeyStore();
        using var ring = new ToolKeyRing(other, _time, new ToolKeyOptions(), _logs.For<ToolKeyRing>());
        await ring.GetAsync(CancellationToken.None);
        return (await other.LoadAsync(CancellationToken.None))!;
    }

    private static List<PublishedKey> Published(string jwks)
    {
        using var document = JsonDocument.Parse(jwks);
        return document.RootElement.GetProperty("keys").EnumerateArray()
            .Select(k => new PublishedKey(
                k.GetProperty("kid").GetString()!,
                k.GetProperty("n").GetString()!,
                k.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private sealed record PublishedKey(string Kid, string N, List<string> Members);

    /// <summary>A store whose loads can be held, to make callers pile up, and that counts concurrent loads.</summary>
    private sealed class GatedStore : IToolKeyStore
    {
        private readonly InMemoryToolKeyStore _inner = new();
        private readonly TaskCompletionSource _firstLoadWaiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _hold;
        private int _loading;
        private int _maxConcurrentLoads;

        public int SaveCount => _inner.SaveCount;

        public int MaxConcurrentLoads => Volatile.Read(ref _maxConcurrentLoads);

        public Task FirstLoadWaiting => _firstLoadWaiting.Task;

        public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _hold?.TrySetResult();

        public async Task<StoredToolKeys?> LoadAsync(CancellationToken ct)
        {
            var loading = Interlocked.Increment(ref _loading);
            InterlockedMax(ref _maxConcurrentLoads, loading);
            try
            {
                if (_hold is { } hold)
                {
                    _firstLoadWaiting.TrySetResult();
                    await hold.Task;
                }

                return await _inner.LoadAsync(ct);
            }
            finally
            {
                Interlocked.Decrement(ref _loading);
            }
        }

        public Task SaveAsync(StoredToolKeys keys, CancellationToken ct) => _inner.SaveAsync(keys, ct);

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
