using System.Collections.Concurrent;

namespace Addin.Lti.Login;

/// <summary>A thread-safe pending-login store held in memory, for tests and single-process demos.</summary>
public sealed class InMemoryLoginStateStore : ILoginStateStore
{
    private readonly ConcurrentDictionary<string, LoginState> _pending = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store; <paramref name="time"/> decides when abandoned logins are dropped.</summary>
    public InMemoryLoginStateStore(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>How many logins are pending.</summary>
    public int Count => _pending.Count;

    /// <inheritdoc />
    public Task<string> SaveAsync(LoginState s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        DropExpired();
        if (!_pending.TryAdd(s.State, s))
        {
            throw new InvalidOperationException("A pending login with the same state already exists.");
        }

        return Task.FromResult(s.State);
    }

    /// <inheritdoc />
    public Task<LoginState?> FindAsync(string state, CancellationToken ct) =>
        Task.FromResult(_pending.TryGetValue(state, out var found) ? found : null);

    /// <inheritdoc />
    public Task<LoginState?> TakeAsync(string state, CancellationToken ct) =>
        Task.FromResult(_pending.TryRemove(state, out var found) ? found : null);

    private void DropExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, pending) in _pending)
        {
            if (pending.ExpiresAt < now)
            {
                _pending.TryRemove(key, out _);
            }
        }
    }
}
