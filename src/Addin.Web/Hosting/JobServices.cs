using Addin.Core.Pipeline;
using Addin.Data;
using Addin.Web.Configuration;
using Addin.Web.Pipeline;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

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
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = jobs.QueuePollInterval });
            }
            else
            {
                Directory.CreateDirectory(dataDirectory);
                config.UseSQLiteStorage(Path.Combine(dataDirectory, "jobs.db"), new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
            }
        });

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
    }
}
