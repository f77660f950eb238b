namespace Addin.Lti.Keys;

/// <summary>How long platform key sets are cached and how often they may be fetched.</summary>
public sealed record JwksCacheOptions
{
    /// <summary>A key set older than this is fetched again before use.</summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The least time between two fetches of the same key set, whether the last one succeeded or failed.
    /// Bounds what unknown-kid tokens (or a failing platform) can cost.
    /// </summary>
    public TimeSpan MinRefreshInterval { get; init; } = TimeSpan.FromSeconds(30);
}
