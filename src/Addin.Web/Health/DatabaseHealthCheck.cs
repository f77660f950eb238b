using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Addin.Web.Health;

/// <summary>The database answers and its schema is up to date.</summary>
internal sealed class DatabaseHealthCheck(AddinDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy($"Cannot connect to the {db.Database.ProviderName} database. Check Addin:Database:ConnectionString.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Degraded($"{pending.Count} migrations are not applied; restart Addin or run './addin migrate'.");
    }
}
