using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Risk;

/// <summary>Puts the recurring risk scoring on the job engine's schedule at start-up (<c>Addin:Risk:ScoreSchedule</c>).</summary>
public sealed class RiskScoringSchedule(IRecurringJobManager recurring, IOptions<RiskOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<ScoreRiskJob>(
            ScoreRiskJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.ScoreSchedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
