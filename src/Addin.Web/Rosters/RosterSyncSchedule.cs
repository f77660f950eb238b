using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Rosters;

/// <summary>Puts the recurring roster sync on the job engine's schedule at start-up (or takes it off when disabled).</summary>
public sealed class RosterSyncSchedule(IRecurringJobManager recurring, IOptions<RosterSyncOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            recurring.AddOrUpdate<SyncAllRostersJob>(
                SyncAllRostersJob.RecurringJobId,
                job => job.RunAsync(CancellationToken.None),
                settings.IntervalCron()!,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
        else
        {
            recurring.RemoveIfExists(SyncAllRostersJob.RecurringJobId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
