using Addin.Media;
using Addin.Media.Tools;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Addin.Web.Health;

/// <summary>ffmpeg and ffprobe are installed and new enough.</summary>
internal sealed class FfmpegHealthCheck(IFfmpegEnvironment environment, IOptions<FfmpegOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await environment.CheckAsync(options.Value, cancellationToken);
        return status.IsReady
            ? HealthCheckResult.Healthy($"ffmpeg {status.Ffmpeg}, ffprobe {status.Ffprobe}")
            : HealthCheckResult.Unhealthy(string.Join(" ", status.Problems));
    }
}
