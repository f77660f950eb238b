namespace Addin.Sdk.Recordings;

/// <summary>One page of newly discovered recordings.</summary>
public sealed record DiscoveryPage
{
    /// <summary>The recordings found.</summary>
    public required IReadOnlyList<RecordingReference> Recordings { get; init; }

    /// <summary>Where to continue next time (a delta token, a timestamp, …); the host persists it.</summary>
    public string? NextCursor { get; init; }

    /// <summary>True when more pages are ready now; the host calls again at once.</summary>
    public bool HasMore { get; init; }
}
