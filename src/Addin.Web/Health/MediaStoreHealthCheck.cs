using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Sdk.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Addin.Web.Health;

/// <summary>Every platform's media store can be created and says it works.</summary>
internal sealed class MediaStoreHealthCheck(AddinDbContext db, IPlatformProviders providers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var platform in await db.Platforms.AsNoTracking().Select(p => new { p.Id, p.Key }).ToListAsync(cancellationToken))
        {
            try
            {
                var store = await providers.GetMediaStoreAsync(platform.Id, cancellationToken);
                string? problem = store.Provider is IHealthReporting reporting ? await reporting.CheckHealthAsync(cancellationToken) : null;
                data[platform.Key] = problem ?? store.ProviderId;
                if (problem is not null)
                {
                    problems.Add($"{platform.Key}: {problem}");
                }
            }
            catch (ProviderUnavailableException ex)
            {
                data[platform.Key] = ex.Message;
                problems.Add(ex.Message);
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{data.Count} platforms", data)
            : HealthCheckResult.Unhealthy(string.Join(" ", problems), data: data);
    }
}
