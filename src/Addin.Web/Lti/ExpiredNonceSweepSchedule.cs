using Hangfire;

namespace Addin.Web.Lti;

/// <summary>Puts the hourly sweep of expired nonces on the job engine's schedule at start-up.</summary>
public sealed class ExpiredNonceSweepSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<ExpiredNonceSweepJob>(
            ExpiredNonceSweepJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            Cron.Hourly(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
