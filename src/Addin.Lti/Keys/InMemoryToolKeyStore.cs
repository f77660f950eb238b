namespace Addin.Lti.Keys;

/// <summary>A tool key store held in memory, for tests and throw-away demos: keys are lost when the process ends.</summary>
public sealed class InMemoryToolKeyStore : IToolKeyStore
{
    private volatile StoredToolKeys? _keys;
    private int _saveCount;

    /// <summary>Creates the store, optionally holding a saved key set already.</summary>
    public InMemoryToolKeyStore(StoredToolKeys? keys = null)
    {
        _keys = keys;
    }

    /// <summary>How many times <see cref="SaveAsync"/> was called.</summary>
    public int SaveCount => Volatile.Read(ref _saveCount);

    /// <inheritdoc />
    public Task<StoredToolKeys?> LoadAsync(CancellationToken ct) => Task.FromResult(_keys);

    /// <inheritdoc />
    public Task SaveAsync(StoredToolKeys keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;
        Interlocked.Increment(ref _saveCount);
        return Task.CompletedTask;
    }
}
