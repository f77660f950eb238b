using Addin.Core.Institutions;
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
        return platforms.Select(ToRegistration).ToList();
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
        };
    }
}
