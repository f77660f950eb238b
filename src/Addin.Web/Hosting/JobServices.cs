using Addin.Core.Pipeline;
using Addin.Core.Quality;
using Addin.Core.Retention;
using Addin.Data;
using Addin.Web.Alerts;
using Addin.Web.Configuration;
using Addin.Web.Pipeline;
using Addin.Web.Quality;
using Addin.Web.Risk;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>
/// The durable job engine (Hangfire): its storage follows the database (an SQLite file beside Addin's, or a
/// schema in the same PostgreSQL), so queued work survives restarts and is shared by every worker.
/// </summary>
internal static class JobServices
{
    public static void AddAddinJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, string dataDirectory)
    {
        var jobs = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();

        // Hangfire keeps a storage and a job activator in process-wide statics (JobStorage.Current,
        // JobActivator.Current) and copies them into the container when first asked, so two hosts in one process
        // (as in the test suite) could queue into each other's database or run a job with the other's services.
        // Registered here first, the container's own are used by the job client, the server and the health check.
        services.AddSingleton(_ => CreateStorage(database, dataDirectory, jobs));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new ProcessSafeJobLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        if (jobs.WorkerCount > 0)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.WorkerCount;
                o.SchedulePollingInterval = jobs.SchedulePollInterval;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHostedService<SourcePollingService>();
        }

        services.AddScoped<ProcessRecordingJob>();
        services.AddSingleton<IRecordingJobQueue, HangfireRecordingJobQueue>();
        services.AddScoped<AlertSender>();
        services.AddScoped<RecordingAlerts>();
        services.AddScoped<MissingRecordingAlerts>();
        services.AddScoped<RecordingAlertJob>();
        services.AddSingleton<IRecordingOutcomeAlerts, HangfireRecordingOutcomeAlerts>();
        services.AddScoped<RecapDraftAlerts>();
        services.AddScoped<RecapDraftAlertJob>();
        services.AddSingleton<Core.Recaps.IRecapDraftNotices, HangfireRecapDraftNotices>();
        services.AddRecurringJob<QualityCheckJob>(
            QualityCheckJob.RecurringJobId, job => job.RunDueAsync(CancellationToken.None),
            sp => EveryMinutes((int)sp.GetRequiredService<IOptions<QualityOptions>>().Value.CheckInterval.TotalMinutes));
        services.AddRecurringJob<ScoreRiskJob>(
            ScoreRiskJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<RiskOptions>>().Value.ScoreSchedule);
        services.AddRecurringJob<Retention.RetentionJob>(
            Retention.RetentionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
            sp => $"0 {sp.GetRequiredService<IOptions<RetentionOptions>>().Value.DailyRunHourUtc} * * *");
        services.AddRecurringJob<Lti.ExpiredNonceSweepJob>(
            Lti.ExpiredNonceSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        services.AddRecurringJob<AbandonedUploadJob>(
            AbandonedUploadJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "17 * * * *");
        services.AddScoped<HighlightClipJob>();
        services.AddSingleton<Core.Highlights.IHighlightClipQueue, HangfireHighlightClipQueue>();
    }

    /// <summary>A cron expression firing every <paramref name="minutes"/> (a divisor of 60, as the options validator ensures).</summary>
    private static string EveryMinutes(int minutes) => minutes == 60 ? "0 * * * *" : $"*/{minutes} * * * *";

    private static JobStorage CreateStorage(DatabaseOptions database, string dataDirectory, JobOptions jobs)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // A sliding invisibility timeout: a running job renews its claim, so a short timeout re-offers a dead worker's
            // job soon without ever handing a live worker's long job to a second one.
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = jobs.QueuePollInterval,
                InvisibilityTimeout = jobs.InvisibilityTimeout,
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
        }

        Directory.CreateDirectory(dataDirectory);
        return new SQLiteStorage(Path.Combine(dataDirectory, "jobs.db"), new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
    }
}
