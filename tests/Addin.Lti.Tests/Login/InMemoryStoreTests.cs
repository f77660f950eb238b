using Addin.Lti.Launch;
using Addin.Lti.Login;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Login;

public sealed class InMemoryStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TakeAsync_ConcurrentTakesOfOneState_OnlyOneGetsIt()
    {
        var store = new InMemoryLoginStateStore(_time);
        await store.SaveAsync(new LoginState("s", "n", "k", "i", "c", "t", _time.GetUtcNow().AddMinutes(10)), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.TakeAsync("s", CancellationToken.None))));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task SaveAsync_AbandonedLoginsPastExpiry_AreDropped()
    {
        var store = new InMemoryLoginStateStore(_time);
        await store.SaveAsync(new LoginState("old", "n", "k", "i", "c", "t", _time.GetUtcNow().AddMinutes(10)), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(11));

        await store.SaveAsync(new LoginState("new", "n", "k", "i", "c", "t", _time.GetUtcNow().AddMinutes(10)), CancellationToken.None);

        Assert.Equal(1, store.Count);
        Assert.Null(await store.TakeAsync("old", CancellationToken.None));
    }

    [Fact]
    public async Task TryConsumeAsync_ConcurrentUsesOfOneNonce_OnlyOneSucceeds()
    {
        var store = new InMemoryNonceStore(_time);
        var expiresAt = _time.GetUtcNow().AddMinutes(5);

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.TryConsumeAsync("iss", "n", expiresAt, CancellationToken.None))));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task TryConsumeAsync_SameNonceFromAnotherIssuer_IsIndependent()
    {
        var store = new InMemoryNonceStore(_time);
        var expiresAt = _time.GetUtcNow().AddMinutes(5);

        Assert.True(await store.TryConsumeAsync("iss-1", "n", expiresAt, CancellationToken.None));
        Assert.True(await store.TryConsumeAsync("iss-2", "n", expiresAt, CancellationToken.None));
        Assert.False(await store.TryConsumeAsync("iss-1", "n", expiresAt, CancellationToken.None));
    }
}
