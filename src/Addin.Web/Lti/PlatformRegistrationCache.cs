using System.Collections.Concurrent;
using Addin.Core.Institutions;
using Addin.Lti.Registration;

namespace Addin.Web.Lti;

/// <summary>A registration with the id of its platform row.</summary>
public sealed record RegisteredPlatform(long PlatformId, PlatformRegistration Registration);

/// <summary>
/// The platform registrations of each issuer, kept between launches: every launch needs them twice (login and
/// launch), and they change rarely. A change made in this process (admin page, dynamic registration, a first
/// deployment) is seen at once; one made elsewhere (<c>./addin platforms</c>, another web node) within
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class PlatformRegistrationCache(PlatformRegistrationChanges changes, TimeProvider time)
{
    /// <summary>How long registrations are used before they are read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _byIssuer = new(StringComparer.Ordinal);

    /// <summary>The issuer's registrations, from the cache or else from <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<RegisteredPlatform>> GetAsync(
        string issuer, Func<CancellationToken, Task<IReadOnlyList<RegisteredPlatform>>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = time.GetUtcNow();

        // Counted before reading: a change during the read leaves the entry marked as older than the change.
        long changeCount = changes.Count;
        if (_byIssuer.TryGetValue(issuer, out var entry) && entry.ChangeCount == changeCount && now - entry.ReadAt < Lifetime)
        {
            return entry.Platforms;
        }

        var platforms = await read(ct);

        // Only registered issuers are kept, so launches naming made-up issuers cannot grow the cache.
        if (platforms.Count > 0)
        {
            _byIssuer[issuer] = new Entry(platforms, changeCount, now);
        }
        else
        {
            _byIssuer.TryRemove(issuer, out _);
        }

        return platforms;
    }

    private sealed record Entry(IReadOnlyList<RegisteredPlatform> Platforms, long ChangeCount, DateTimeOffset ReadAt);
}
