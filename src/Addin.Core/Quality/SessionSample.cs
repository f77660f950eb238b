namespace Addin.Core.Quality;

/// <summary>
/// A repeatable random sample of sessions for spot checks: the same seed picks the same sessions, another seed others.
/// Rounds up, so any share above zero of a non-empty set picks at least one.
/// </summary>
public static class SessionSample
{
    public static IReadOnlyList<long> Pick(IReadOnlyCollection<long> sessionIds, int percent, int seed)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        int take = (int)Math.Ceiling(sessionIds.Count * percent / 100.0);
        return [.. sessionIds.OrderBy(id => Mix(id, seed)).ThenBy(id => id).Take(take)];
    }

    // SplitMix64's finaliser: spreads neighbouring ids and seeds over the whole range.
    private static ulong Mix(long id, int seed)
    {
        ulong z = unchecked((ulong)id + ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
