using Hangfire;

namespace Addin.Web.Briefs;

/// <summary>Puts the recurring brief writer on the job engine's schedule at start-up.</summary>
public sealed class BriefSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<GenerateBriefsJob>(
            GenerateBriefsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            GenerateBriefsJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
