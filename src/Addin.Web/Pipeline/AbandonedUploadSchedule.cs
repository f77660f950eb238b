using Hangfire;

namespace Addin.Web.Pipeline;

/// <summary>Puts the hourly clean-up of abandoned uploads on the job engine's schedule at start-up.</summary>
public sealed class AbandonedUploadSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<AbandonedUploadJob>(
            AbandonedUploadJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            "17 * * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
