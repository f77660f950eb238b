using Addin.Web.Configuration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Addin.Web.Briefs;

/// <summary>Puts the recurring parent digests on the job engine's schedule at start-up (<c>Addin:Digests:Schedule</c>).</summary>
public sealed class ParentDigestSchedule(IRecurringJobManager recurring, IOptions<DigestOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<SendParentDigestsJob>(
            SendParentDigestsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.Schedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
