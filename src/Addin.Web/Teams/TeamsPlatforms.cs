using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>
/// Each Entra tenant is a platform of its institution, registered like any LMS (key <c>teams-&lt;tenant prefix&gt;</c>,
/// issuer the tenant's Entra issuer, client id Addin's Entra app), so Teams people are people of a platform and the
/// access policy treats them like everyone else. The institution comes from <c>Addin:Teams:Tenants:&lt;tid&gt;:Institution</c>.
/// </summary>
public sealed class TeamsPlatforms(AddinDbContext db, PlatformRegistry registry, IOptions<TeamsOptions> options)
{
    public const string KeyPrefix = "teams-";

    /// <summary>The tenant's platform, registered (or moved to the configured institution) when needed.</summary>
    public async Task<Platform> EnsureAsync(string tenantId, CancellationToken cancellationToken)
    {
        var teams = options.Value;
        string issuer = teams.IssuerFor(tenantId);
        string clientId = teams.ClientId!.Trim();
        string institution = teams.InstitutionFor(tenantId);
        var existing = await FindAsync(issuer, clientId, cancellationToken);
        if (existing?.Institution?.Slug == CourseKeys.Slug(institution))
        {
            return existing;
        }

        var request = new PlatformRegistrationRequest
        {
            Key = existing?.Key ?? await FreeKeyAsync(tenantId, cancellationToken),
            Name = $"Microsoft Teams ({institution})",
            InstitutionName = institution,
            Issuer = issuer,
            ClientId = clientId,
            AuthorizationEndpoint = teams.AuthorizationEndpointFor(tenantId),
            JwksUri = teams.JwksUriFor(tenantId),
            TokenEndpoint = teams.TokenEndpointFor(tenantId),
            DeploymentIds = [tenantId],
        };
        try
        {
            var (platform, problems) = await registry.RegisterAsync(request, cancellationToken);
            return platform ?? throw new InvalidOperationException($"Tenant {tenantId} cannot be registered as a platform: {string.Join(" ", problems)}");
        }
        catch (DbUpdateException)
        {
            // Another sign-in of the same tenant registered it at the same moment.
            db.ChangeTracker.Clear();
            return await FindAsync(issuer, clientId, cancellationToken) ?? throw new InvalidOperationException($"Tenant {tenantId} could not be registered as a platform.");
        }
    }

    private Task<Platform?> FindAsync(string issuer, string clientId, CancellationToken cancellationToken) =>
        db.Platforms.Include(p => p.Institution).SingleOrDefaultAsync(p => p.Issuer == issuer && p.ClientId == clientId, cancellationToken);

    /// <summary><c>teams-</c> and the tenant id's first block; the whole id if another tenant took that already.</summary>
    private async Task<string> FreeKeyAsync(string tenantId, CancellationToken cancellationToken)
    {
        string shortKey = KeyPrefix + tenantId[..8];
        return await db.Platforms.AnyAsync(p => p.Key == shortKey, cancellationToken) ? KeyPrefix + tenantId.Replace("-", "", StringComparison.Ordinal) : shortKey;
    }
}
