using Addin.Core.Persistence;
using Addin.Lti.Registration;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>The LTI platform registrations, read from Addin's platforms.</summary>
public sealed class EfPlatformRegistrationStore(AddinDbContext db) : IPlatformRegistrationStore
{
    public async Task<IReadOnlyList<PlatformRegistration>> FindByIssuerAsync(string issuer, CancellationToken ct)
    {
        var platforms = await db.Platforms.AsNoTracking().Include(p => p.Deployments)
            .Where(p => p.Issuer == issuer)
            .ToListAsync(ct);
        return platforms.Select(p => new PlatformRegistration(
                p.Key,
                p.Issuer,
                p.ClientId,
                new Uri(p.AuthorizationEndpoint),
                new Uri(p.JwksUri),
                p.TokenEndpoint is null ? null : new Uri(p.TokenEndpoint),
                p.Deployments.Select(d => d.DeploymentId).ToHashSet(StringComparer.Ordinal))
            {
                AuthorizationServer = p.AuthorizationServer,
            })
            .ToList();
    }
}
