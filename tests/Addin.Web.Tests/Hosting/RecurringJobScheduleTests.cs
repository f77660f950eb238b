using Addin.Data;
using Addin.Testing;
using Addin.Web.Briefs;
using Addin.Web.Lti;
using Addin.Web.Pipeline;
using Addin.Web.Quality;
using Addin.Web.Retention;
using Addin.Web.Risk;
using Addin.Web.Rosters;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Hosting;

/// <summary>
/// At start-up every recurring job is put on the job engine's schedule with the cron its settings give, and a job
/// switched off in settings is taken off a schedule an earlier start left behind.
/// </summary>
public sealed class RecurringJobScheduleTests
{
    [Fact]
    public async Task Start_PutsEveryRecurringJobOnTheSchedule_WithTheConfiguredCron()
    {
        await using var app = await AddinApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Addin:Quality:CheckInterval"] = "00:20:00",
            ["Addin:Risk:ScoreSchedule"] = "30 6 * * 1-5",
            ["Addin:Retention:DailyRunHourUtc"] = "4",
            ["Addin:Digests:Schedule"] = "0 16 * * 4",
            ["Addin:Lti:RosterSync:Interval"] = "03:00:00",
        });

        var crons = ScheduledCrons(app);

        Assert.Equal("*/20 * * * *", crons[QualityCheckJob.RecurringJobId]);
        Assert.Equal("30 6 * * 1-5", crons[ScoreRiskJob.RecurringJobId]);
        Assert.Equal("0 4 * * *", crons[RetentionJob.RecurringJobId]);
        Assert.Equal("0 16 * * 4", crons[SendParentDigestsJob.RecurringJobId]);
        Assert.Equal(GenerateBriefsJob.Cron, crons[GenerateBriefsJob.RecurringJobId]);
        Assert.Equal(Cron.Hourly(), crons[ExpiredNonceSweepJob.RecurringJobId]);
        Assert.Equal("17 * * * *", crons[AbandonedUploadJob.RecurringJobId]);
        Assert.Equal("0 */3 * * *", crons[SyncAllRostersJob.RecurringJobId]);
    }

    [Fact]
    public async Task Restart_WithRosterSyncSwitchedOff_TakesItOffTheSchedule()
    {
        var first = await AddinApp.StartAsync(DatabaseProvider.Sqlite);
        Assert.Contains(SyncAllRostersJob.RecurringJobId, ScheduledCrons(first).Keys);

        await using var restarted = await first.RestartAsync(new Dictionary<string, string?> { ["Addin:Lti:RosterSync:Enabled"] = "false" });

        Assert.DoesNotContain(SyncAllRostersJob.RecurringJobId, ScheduledCrons(restarted).Keys);
        Assert.Contains(ScoreRiskJob.RecurringJobId, ScheduledCrons(restarted).Keys);
    }

    private static Dictionary<string, string> ScheduledCrons(AddinApp app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);
    }
}
