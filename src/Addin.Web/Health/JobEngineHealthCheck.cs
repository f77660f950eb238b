using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Addin.Web.Health;

/// <summary>The job engine's storage answers, and this node runs workers when it should.</summary>
internal sealed class JobEngineHealthCheck(JobStorage storage, IOptions<JobOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        var data = new Dictionary<string, object>
        {
            ["servers"] = statistics.Servers,
            ["enqueued"] = statistics.Enqueued,
            ["processing"] = statistics.Processing,
            ["failed"] = statistics.Failed,
        };
        if (options.Value.WorkerCount > 0 && statistics.Servers == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded("No job server is running yet; recordings are queued but not processed.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"{statistics.Servers} job servers", data));
    }
}
