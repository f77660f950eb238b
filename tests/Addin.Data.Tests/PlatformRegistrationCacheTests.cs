using Addin.Core.Institutions;
using Addin.Testing;
using Addin.Web.Lti;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>
/// Registrations are read once per issuer and then served from memory: a change made through this process's registry
/// is seen by the next launch, one made by another process (the CLI, another node) once the cache's lifetime is over.
/// </summary>
public sealed class PlatformRegistrationCacheTests
{
    private const string Issuer = "https://lms.cache.test";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FindByIssuer_AfterAChangeThroughThisProcessesRegistry_ReadsAgainAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var changes = new PlatformRegistrationChanges();
        var store = new EfPlatformRegistrationStore(db, new PlatformRegistrationCache(changes, time), changes);
        await new PlatformRegistry(db, changes).RegisterAsync(Request("lms-a", "client-a"), CancellationToken.None);
        Assert.Single(await store.FindByIssuerAsync(Issuer, CancellationToken.None));

        await new PlatformRegistry(db, changes).RegisterAsync(Request("lms-b", "client-b"), CancellationToken.None);

        Assert.Equal(["client-a", "client-b"], (await store.FindByIssuerAsync(Issuer, CancellationToken.None)).Select(r => r.ClientId).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FindByIssuer_AfterARemovalByAnotherProcess_IsServedFromMemoryUntilTheLifetimeEnds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var changes = new PlatformRegistrationChanges();
        var store = new EfPlatformRegistrationStore(db, new PlatformRegistrationCache(changes, time), changes);
        await new PlatformRegistry(db, changes).RegisterAsync(Request("lms-a", "client-a"), CancellationToken.None);
        long platformId = await store.PlatformIdAsync(Issuer, "lms-a", CancellationToken.None);

        await using (var cli = database.CreateContext())
        {
            Assert.Null(await new PlatformRegistry(cli, new PlatformRegistrationChanges()).RemoveAsync("lms-a", CancellationToken.None));
        }

        time.Advance(PlatformRegistrationCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(platformId, await store.PlatformIdAsync(Issuer, "lms-a", CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await store.FindByIssuerAsync(Issuer, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.PlatformIdAsync(Issuer, "lms-a", CancellationToken.None));
    }

    private static PlatformRegistrationRequest Request(string key, string clientId) => new()
    {
        Key = key,
        Name = "LMS " + key,
        InstitutionName = "Cache School",
        Issuer = Issuer,
        ClientId = clientId,
        AuthorizationEndpoint = new Uri("https://lms.cache.test/auth"),
        JwksUri = new Uri("https://lms.cache.test/jwks"),
        DeploymentIds = ["deployment-1"],
    };
}
