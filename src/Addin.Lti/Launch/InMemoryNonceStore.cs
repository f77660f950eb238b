using System.Collections.Concurrent;

namespace Addin.Lti.Launch;

/// <summary>A thread-safe nonce store held in memory, for tests and single-process demos.</summary>
public sealed class InMemoryNonceStore : INonceStore
{
    private readonly ConcurrentDictionary<(string Issuer, string Nonce), DateTimeOffset> _used = new();
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store; <paramref name="time"/> decides when used nonces may be forgotten.</summary>
    public InMemoryNonceStore(TimeProvider time)
    {
        _time = time;
    }

    /// <inheritdoc />
    public Task<bool> TryConsumeAsync(string issuer, string nonce, DateTimeOffset expiresAt, CancellationToken ct)
    {
        DropExpired();
        return Task.FromResult(_used.TryAdd((issuer, nonce), expiresAt));
    }

    private void DropExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, expiresAt) in _used)
        {
            if (expiresAt < now)
            {
                _used.TryRemove(key, out _);
            }
        }
    }
}
