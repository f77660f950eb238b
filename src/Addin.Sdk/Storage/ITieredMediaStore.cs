namespace Addin.Sdk.Storage;

/// <summary>
/// A media store with storage tiers: retention policies move old recordings' media to a cooler, cheaper tier.
/// Optional (SDK 1.3): the host moves media only when the platform's store implements it.
/// </summary>
public interface ITieredMediaStore : IMediaStore
{
    /// <summary>Moves an object to the tier. Returns false when the object does not exist.</summary>
    Task<bool> SetTierAsync(string key, MediaTier tier, CancellationToken cancellationToken);

    /// <summary>The object's tier, or null when it does not exist or the store does not say.</summary>
    Task<MediaTier?> GetTierAsync(string key, CancellationToken cancellationToken);
}

/// <summary>How readily stored media can be read, from the store's default to the cheapest to keep.</summary>
public enum MediaTier
{
    /// <summary>Read often: the store's default.</summary>
    Hot = 0,

    /// <summary>Read rarely; cheaper to keep, dearer to read.</summary>
    Cool = 1,

    /// <summary>Read very rarely; cheaper still.</summary>
    Cold = 2,

    /// <summary>Offline: the cheapest to keep; it must be rehydrated (hours) before it can be read again.</summary>
    Archive = 3,
}
