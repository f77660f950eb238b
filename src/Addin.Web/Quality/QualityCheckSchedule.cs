using Addin.Core.Quality;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Quality;

/// <summary>Puts the recurring quality check on the job engine's schedule at start-up.</summary>
public sealed class QualityCheckSchedule(IRecurringJobManager recurring, IOptions<QualityOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        int minutes = (int)options.Value.CheckInterval.TotalMinutes;
        recurring.AddOrUpdate<QualityCheckJob>(
            QualityCheckJob.RecurringJobId,
            job => job.RunDueAsync(CancellationToken.None),
            minutes == 60 ? "0 * * * *" : $"*/{minutes} * * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
