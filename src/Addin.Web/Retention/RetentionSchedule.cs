using Addin.Core.Retention;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Retention;

/// <summary>Puts the daily retention run on the job engine's schedule at start-up.</summary>
public sealed class RetentionSchedule(IRecurringJobManager recurring, IOptions<RetentionOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RetentionJob>(
            RetentionJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            $"0 {options.Value.DailyRunHourUtc} * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
