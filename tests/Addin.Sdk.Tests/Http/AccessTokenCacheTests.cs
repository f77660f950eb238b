using Addin.Sdk.Http;

namespace Addin.Sdk.Tests.Http;

/// <summary>A provider's token: kept until a minute before it expires, fetched once for callers that wait, dropped when refused.</summary>
public sealed class AccessTokenCacheTests
{
    private readonly MovableTime _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private int _fetches;

    [Fact]
    public async Task Token_IsKeptUntilAMinuteBeforeItExpires_ThenFetchedAgain()
    {
        using var cache = new AccessTokenCache(FetchHourLongAsync, _time);

        string first = await cache.GetAsync(CancellationToken.None);
        _time.Now += TimeSpan.FromMinutes(58);
        string stillFirst = await cache.GetAsync(CancellationToken.None);
        _time.Now += TimeSpan.FromMinutes(1);
        string second = await cache.GetAsync(CancellationToken.None);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, stillFirst, second));
    }

    [Fact]
    public async Task CallersArrivingTogether_ShareOneFetch()
    {
        var release = new TaskCompletionSource();
        using var cache = new AccessTokenCache(async ct =>
        {
            await release.Task.WaitAsync(ct);
            return await FetchHourLongAsync(ct);
        }, _time);

        var callers = Enumerable.Range(0, 5).Select(_ => cache.GetAsync(CancellationToken.None)).ToList();
        release.SetResult();
        string[] tokens = await Task.WhenAll(callers);

        Assert.Equal(1, _fetches);
        Assert.All(tokens, t => Assert.Equal("token-1", t));
    }

    [Fact]
    public async Task RefusedToken_IsFetchedAgain_ButAnOlderRefusalDoesNotDropTheNewToken()
    {
        using var cache = new AccessTokenCache(FetchHourLongAsync, _time);
        string first = await cache.GetAsync(CancellationToken.None);

        cache.Invalidate(first);
        string second = await cache.GetAsync(CancellationToken.None);
        cache.Invalidate(first);
        string stillSecond = await cache.GetAsync(CancellationToken.None);

        Assert.Equal(("token-2", "token-2", 2), (second, stillSecond, _fetches));
    }

    [Fact]
    public async Task FailedFetch_ReachesTheCaller_AndTheNextCallTriesAgain()
    {
        bool fail = true;
        using var cache = new AccessTokenCache(ct => fail ? throw new HttpRequestException("token endpoint down") : FetchHourLongAsync(ct), _time);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetAsync(CancellationToken.None));
        fail = false;

        Assert.Equal("token endpoint down", error.Message);
        Assert.Equal("token-1", await cache.GetAsync(CancellationToken.None));
    }

    private Task<AccessToken> FetchHourLongAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new AccessToken($"token-{Interlocked.Increment(ref _fetches)}", _time.Now + TimeSpan.FromHours(1)));

    private sealed class MovableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
