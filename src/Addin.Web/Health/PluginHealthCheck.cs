using Addin.PluginHost;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Addin.Web.Health;

/// <summary>All plugins loaded; the ones that did not are named with their first problem.</summary>
internal sealed class PluginHealthCheck(IPluginCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = catalog.Plugins.ToDictionary(p => p.Manifest?.Id ?? Path.GetFileName(p.Folder), p => (object)p.Status.ToString());
        var broken = catalog.Plugins.Where(p => p.Status != PluginStatus.Active).ToList();
        return Task.FromResult(broken.Count == 0
            ? HealthCheckResult.Healthy($"{catalog.Plugins.Count} plugins active", data)
            : HealthCheckResult.Degraded(
                string.Join(" ", broken.Select(p => $"{Path.GetFileName(p.Folder)}: {p.Status} ({p.Problems.FirstOrDefault()?.ToString() ?? "no detail"}).")),
                data: data));
    }
}
