using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Testing;
using Addin.Web.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>
/// What an LMS that registered itself (LTI Dynamic Registration) may store: no deployment yet, a new institution only,
/// its own registration only; and its first deployment, recorded once however many launches race for it.
/// </summary>
public sealed class SelfRegistrationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SelfRegistered_WithoutDeployment_IsStored_WhereAnAdministratorsIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new PlatformRegistry(db, new PlatformRegistrationChanges());

        var (byHand, problems) = await registry.RegisterAsync(Request("lms-a", "client-a", "Westbrook") with { DeploymentIds = [] }, CancellationToken.None);
        var (itself, _) = await registry.RegisterAsync(Request("lms-a", "client-a", "Westbrook") with { DeploymentIds = [], RegisteredByPlatform = true }, CancellationToken.None);

        Assert.Null(byHand);
        Assert.Contains(problems, p => p.Contains("deployment id", StringComparison.Ordinal));
        Assert.True(itself!.AwaitsFirstDeployment);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SelfRegistered_IntoAnExistingInstitution_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new PlatformRegistry(db, new PlatformRegistrationChanges());
        await registry.RegisterAsync(Request("canvas", "client-1", "Westbrook College"), CancellationToken.None);

        var (platform, problems) = await registry.RegisterAsync(Request("intruder", "client-2", "westbrook college") with { RegisteredByPlatform = true }, CancellationToken.None);

        Assert.Null(platform);
        Assert.Contains(problems, p => p.Contains("'Westbrook College' exists already", StringComparison.Ordinal));
        Assert.Equal(1, await db.Platforms.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SelfRegistered_Again_StaysInItsInstitution_AndCannotTakeAnotherKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new PlatformRegistry(db, new PlatformRegistrationChanges());
        await registry.RegisterAsync(Request("lms-a", "client-a", "Westbrook") with { RegisteredByPlatform = true }, CancellationToken.None);
        await registry.RegisterAsync(Request("other", "client-o", "Other School"), CancellationToken.None);

        var (again, _) = await registry.RegisterAsync(Request("lms-a", "client-a", "Other School") with { RegisteredByPlatform = true }, CancellationToken.None);
        var (takeover, problems) = await registry.RegisterAsync(Request("other", "client-x", "Other School") with { RegisteredByPlatform = true }, CancellationToken.None);

        Assert.Equal("Westbrook", again!.Institution!.Name);
        Assert.Null(takeover);
        Assert.Contains(problems, p => p.Contains("may update only its own registration", StringComparison.Ordinal));
        Assert.Equal("client-o", await db.Platforms.Where(p => p.Key == "other").Select(p => p.ClientId).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FirstDeployment_RacedByTwoLaunches_IsRecordedOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.CreateContext())
        {
            await new PlatformRegistry(setup, new PlatformRegistrationChanges()).RegisterAsync(Request("lms-a", "client-a", "Westbrook") with { DeploymentIds = [], RegisteredByPlatform = true }, CancellationToken.None);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        bool[] won = await Task.WhenAll(
            Store(first).RecordFirstDeploymentAsync("lms-a", "deployment-1", CancellationToken.None),
            Store(second).RecordFirstDeploymentAsync("lms-a", "deployment-2", CancellationToken.None));

        await using var check = database.CreateContext();
        var deployments = await check.PlatformDeployments.Select(d => d.DeploymentId).ToListAsync();
        Assert.Single(deployments);
        Assert.Equal(1, won.Count(w => w));
        Assert.Equal(deployments[0], won[0] ? "deployment-1" : "deployment-2");
        var registration = Assert.Single(await Store(check).FindByIssuerAsync("https://lms.westbrook.test", CancellationToken.None));
        Assert.False(registration.AwaitsFirstDeployment);
    }

    private static EfPlatformRegistrationStore Store(AddinDbContext db)
    {
        var changes = new PlatformRegistrationChanges();
        return new EfPlatformRegistrationStore(db, new PlatformRegistrationCache(changes, new FakeTimeProvider()), changes);
    }

    private static PlatformRegistrationRequest Request(string key, string clientId, string institution) => new()
    {
        Key = key,
        Name = "LMS",
        InstitutionName = institution,
        Issuer = "https://lms.westbrook.test",
        ClientId = clientId,
        AuthorizationEndpoint = new Uri("https://lms.westbrook.test/auth"),
        JwksUri = new Uri("https://lms.westbrook.test/jwks"),
        DeploymentIds = ["1"],
    };
}
