namespace Addin.Lti.Keys;

/// <summary>The cached key set of one JWKS URL. Written only while <see cref="Gate"/> is held.</summary>
internal sealed class JwksCacheEntry
{
    /// <summary>Serialises fetches of this URL, so concurrent launches share one request.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Read without the gate on the fast path, hence volatile.</summary>
    public volatile JwksSnapshot? Snapshot;

    public DateTimeOffset? LastFetchAt { get; set; }

    /// <summary>Why the last fetch failed, or null when it succeeded.</summary>
    public string? LastFailure { get; set; }
}
