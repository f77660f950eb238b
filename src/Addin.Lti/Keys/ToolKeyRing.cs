using System.Security.Cryptography;
using Addin.Lti.Platform;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Keys;

/// <summary>
/// The tool's own signing keys: created on first use, rotated every <see cref="ToolKeyOptions.RotationInterval"/>
/// (next becomes current, current becomes previous, a new next is generated), persisted through an
/// <see cref="IToolKeyStore"/> and cached in memory. Register it as a singleton.
/// </summary>
/// <remarks>
/// Changes are serialised by one gate, so concurrent callers cause at most one creation or rotation per instance. After
/// saving, the ring reads the store back and uses what it finds, and it re-reads the store at least every
/// <see cref="ToolKeyOptions.ReloadInterval"/>: with several instances sharing one store, the last write wins and all
/// instances converge on it. A key that is briefly out of step still verifies, because it stays published as the
/// previous key for <see cref="ToolKeyOptions.PreviousKeyGrace"/>.
/// Keys handed out are not disposed when they leave the set (a caller may still be signing with one); they are
/// disposed with the ring.
/// </remarks>
public sealed partial class ToolKeyRing : IToolSigningKeys, IDisposable
{
    private const string KeyIdPrefix = "addin-";

    private readonly IToolKeyStore _store;
    private readonly TimeProvider _time;
    private readonly ToolKeyOptions _options;
    private readonly ILogger<ToolKeyRing> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Parsed keys by kid, so that reloading the same set does not parse PEMs again. Guarded by _gate.
    private readonly Dictionary<string, RsaSigningKey> _parsed = new(StringComparer.Ordinal);
    private readonly List<RsaSigningKey> _retired = [];

    private volatile Snapshot? _snapshot;

    /// <summary>Creates the ring; throws <see cref="ArgumentException"/> when <paramref name="options"/> are invalid.</summary>
    public ToolKeyRing(IToolKeyStore store, TimeProvider time, ToolKeyOptions options, ILogger<ToolKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid tool key options: " + string.Join(" ", problems), nameof(options));
        }

        _store = store;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>The key set to use now, creating or rotating keys when due.</summary>
    public async Task<ToolKeySet> GetAsync(CancellationToken ct) => (await GetSnapshotAsync(ct)).Keys;

    /// <summary>The JWKS document to serve at the tool's JWKS URL: public halves of previous (in grace), current and next.</summary>
    public async Task<string> GetJwksJsonAsync(CancellationToken ct) => (await GetSnapshotAsync(ct)).Jwks;

    /// <inheritdoc />
    public async Task<RsaSigningKey> GetCurrentAsync(CancellationToken ct) => (await GetAsync(ct)).Current;

    /// <summary>Disposes every key this ring parsed.</summary>
    public void Dispose()
    {
        foreach (var key in _parsed.Values.Concat(_retired))
        {
            key.Dispose();
        }

        _parsed.Clear();
        _retired.Clear();
        _gate.Dispose();
    }

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && IsUsable(snapshot, _time.GetUtcNow()))
        {
            return snapshot;
        }

        await _gate.WaitAsync(ct);
        try
        {
            // Another caller may have refreshed while this one waited for the gate.
            var now = _time.GetUtcNow();
            snapshot = _snapshot;
            if (snapshot is not null && IsUsable(snapshot, now))
            {
                return snapshot;
            }

            var stored = await _store.LoadAsync(ct);
            var changed = Advance(stored, now);
            if (changed is not null)
            {
                await _store.SaveAsync(changed, ct);
                stored = await _store.LoadAsync(ct) ?? changed;
            }

            snapshot = BuildSnapshot(stored!, now);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    // The key set to save when the stored one must change (none yet, rotation due, grace over); null when it need not.
    private StoredToolKeys? Advance(StoredToolKeys? stored, DateTimeOffset now)
    {
        if (stored is null)
        {
            var created = new StoredToolKeys(NewKey(now), NewKey(now), null, now);
            LogCreated(created.Current.KeyId, created.Next.KeyId);
            return created;
        }

        if (now >= stored.CurrentSince + _options.RotationInterval)
        {
            // One step even when several intervals were missed: the next key has been published all along.
            var rotated = new StoredToolKeys(stored.Next, NewKey(now), stored.Current, now);
            LogRotated(rotated.Current.KeyId, rotated.Next.KeyId, rotated.Previous!.KeyId, stored.CurrentSince);
            return rotated;
        }

        if (stored.Previous is not null && now >= stored.CurrentSince + _options.PreviousKeyGrace)
        {
            LogPreviousDropped(stored.Previous.KeyId);
            return stored with { Previous = null };
        }

        return null;
    }

    private Snapshot BuildSnapshot(StoredToolKeys stored, DateTimeOffset now)
    {
        var previousInGrace = stored.Previous is not null && now < stored.CurrentSince + _options.PreviousKeyGrace;
        var keys = new ToolKeySet(
            Parse(stored.Current),
            Parse(stored.Next),
            previousInGrace ? Parse(stored.Previous!) : null,
            stored.CurrentSince);

        var inUse = keys.PublishedKeys.Select(k => k.KeyId).ToHashSet(StringComparer.Ordinal);
        foreach (var kid in _parsed.Keys.Where(k => !inUse.Contains(k)).ToList())
        {
            _retired.Add(_parsed[kid]);
            _parsed.Remove(kid);
        }

        return new Snapshot(keys, JwksDocument.Write(keys.PublishedKeys), now);
    }

    private RsaSigningKey Parse(StoredToolKey stored)
    {
        if (_parsed.TryGetValue(stored.KeyId, out var key))
        {
            return key;
        }

        try
        {
            key = RsaSigningKey.FromPkcs8Pem(stored.KeyId, stored.PrivateKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            // The stored keys are kept as they are: replacing them would break every platform that knows them.
            LogUnreadableKey(stored.KeyId, ex.GetType().Name);
            throw new InvalidOperationException(
                $"The tool key '{stored.KeyId}' in the key store cannot be read as a PKCS#8 RSA private key of at least 2048 bits. " +
                "Restore the key store (and the data protection keys that decrypt it) or delete the tool keys to generate new ones; " +
                "platforms then need the tool's JWKS URL again.");
        }

        _parsed[stored.KeyId] = key;
        return key;
    }

    private static StoredToolKey NewKey(DateTimeOffset now)
    {
        var kid = $"{KeyIdPrefix}{now.UtcDateTime:yyyyMMdd}-{RandomNumberGenerator.GetHexString(12, lowercase: true)}";
        using var key = RsaSigningKey.Create(kid);
        return new StoredToolKey(kid, key.ExportPkcs8Pem(), now);
    }

    private bool IsUsable(Snapshot snapshot, DateTimeOffset now) =>
        now - snapshot.LoadedAt < _options.ReloadInterval
        && now < snapshot.Keys.CurrentSince + _options.RotationInterval
        && (snapshot.Keys.Previous is null || now < snapshot.Keys.CurrentSince + _options.PreviousKeyGrace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the tool's signing keys: current {CurrentKid}, next {NextKid}")]
    private partial void LogCreated(string currentKid, string nextKid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rotated the tool's signing key: current {CurrentKid}, next {NextKid}, previous {PreviousKid} (current since {RetiredSince:O})")]
    private partial void LogRotated(string currentKid, string nextKid, string previousKid, DateTimeOffset retiredSince);

    [LoggerMessage(Level = LogLevel.Information, Message = "The grace period of the tool's previous key {PreviousKid} ended; it is no longer published and its private key is deleted")]
    private partial void LogPreviousDropped(string previousKid);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tool key {Kid} in the key store cannot be read: {FailureType}")]
    private partial void LogUnreadableKey(string kid, string failureType);

    private sealed record Snapshot(ToolKeySet Keys, string Jwks, DateTimeOffset LoadedAt);
}
