using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Lti.Registration;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>The LTI platform registrations, read from Addin's platforms through <see cref="PlatformRegistrationCache"/>.</summary>
public sealed class EfPlatformRegistrationStore(AddinDbContext db, PlatformRegistrationCache cache, PlatformRegistrationChanges changes) : IPlatformRegistrationStore
{
    public async Task<IReadOnlyList<PlatformRegistration>> FindByIssuerAsync(string issuer, CancellationToken ct) =>
        [.. (await cache.GetAsync(issuer, ct => ReadAsync(issuer, ct), ct)).Select(p => p.Registration)];

    /// <summary>The id of the platform row of registration <paramref name="registrationKey"/> of <paramref name="issuer"/>.</summary>
    public async Task<long> PlatformIdAsync(string issuer, string registrationKey, CancellationToken ct) =>
        (await cache.GetAsync(issuer, ct => ReadAsync(issuer, ct), ct)).FirstOrDefault(p => p.Registration.Key == registrationKey)?.PlatformId
        ?? throw new InvalidOperationException($"Registration '{registrationKey}' of {issuer} was removed during the launch.");

    private async Task<IReadOnlyList<RegisteredPlatform>> ReadAsync(string issuer, CancellationToken ct)
    {
        var platforms = await db.Platforms.AsNoTracking().Include(p => p.Deployments)
            .Where(p => p.Issuer == issuer)
            .ToListAsync(ct);
        return [.. platforms.Select(p => new RegisteredPlatform(p.Id, ToRegistration(p)))];
    }

    /// <summary>The registration of a platform read with its deployments.</summary>
    public static PlatformRegistration ToRegistration(Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return new PlatformRegistration(
            platform.Key,
            platform.Issuer,
            platform.ClientId,
            new Uri(platform.AuthorizationEndpoint),
            new Uri(platform.JwksUri),
            platform.TokenEndpoint is null ? null : new Uri(platform.TokenEndpoint),
            platform.Deployments.Select(d => d.DeploymentId).ToHashSet(StringComparer.Ordinal))
        {
            AuthorizationServer = platform.AuthorizationServer,
            AcceptsFirstDeployment = platform.AwaitsFirstDeployment,
        };
    }

    public async Task<bool> RecordFirstDeploymentAsync(string registrationKey, string deploymentId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Writing the platform row first makes two first launches wait for each other (a row lock on PostgreSQL, the
        // write lock on SQLite), so the second sees the deployment the first recorded.
        int found = await db.Platforms.Where(p => p.Key == registrationKey).ExecuteUpdateAsync(s => s.SetProperty(p => p.Key, p => p.Key), ct);
        if (found == 0)
        {
            return false;
        }

        var platform = await db.Platforms.Where(p => p.Key == registrationKey)
            .Select(p => new { p.Id, Deployments = p.Deployments.Select(d => d.DeploymentId).ToList() })
            .SingleAsync(ct);
        if (platform.Deployments.Count > 0)
        {
            return platform.Deployments.Contains(deploymentId);
        }

        db.PlatformDeployments.Add(new PlatformDeployment { PlatformId = platform.Id, DeploymentId = deploymentId });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        changes.Note();
        return true;
    }
}
