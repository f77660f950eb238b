using System.Linq.Expressions;
using Hangfire;

namespace Addin.Web.Hosting;

/// <summary>
/// A job the engine runs on a cron schedule (UTC). <see cref="Cron"/> reads the schedule from settings when the
/// host starts; null takes the job off the schedule (a feature switched off).
/// </summary>
internal sealed record RecurringJobEntry(string Id, Func<IServiceProvider, string?> Cron, Action<IRecurringJobManager, string, string> Put);

internal static class RecurringJobs
{
    /// <summary>Registers <typeparamref name="TJob"/> and puts <paramref name="run"/> on the schedule at start-up.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(
        this IServiceCollection services, string id, Expression<Func<TJob, Task>> run, Func<IServiceProvider, string?> cron)
        where TJob : class
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobEntry(
            id, cron, (manager, jobId, schedule) => manager.AddOrUpdate(jobId, run, schedule, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc })));
        services.AddHostedService<RecurringJobSchedule>(); // TryAddEnumerable inside: registered once however many jobs

        return services;
    }

    /// <inheritdoc cref="AddRecurringJob{TJob}(IServiceCollection, string, Expression{Func{TJob, Task}}, Func{IServiceProvider, string?})"/>
    public static IServiceCollection AddRecurringJob<TJob>(
        this IServiceCollection services, string id, Expression<Func<TJob, Task>> run, string cron)
        where TJob : class => services.AddRecurringJob(id, run, _ => cron);
}

/// <summary>Puts every registered <see cref="RecurringJobEntry"/> on the job engine's schedule when the host starts.</summary>
internal sealed class RecurringJobSchedule(IRecurringJobManager manager, IEnumerable<RecurringJobEntry> entries, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            if (entry.Cron(services) is { } schedule)
            {
                entry.Put(manager, entry.Id, schedule);
            }
            else
            {
                manager.RemoveIfExists(entry.Id);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
