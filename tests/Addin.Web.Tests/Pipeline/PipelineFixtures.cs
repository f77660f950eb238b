using System.Collections.Concurrent;
using Addin.Data;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// One Addin per database for the tests of a class, with job workers and source polling running as in production.
/// The SQLite one starts with the class; the PostgreSQL one when a test first asks for it.
/// </summary>
public class PipelineAppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<PipelineApp>>> apps = new();

    /// <summary>False for a node that runs no jobs and polls no sources: the tests drive the pipeline.</summary>
    protected virtual bool RunJobs => true;

    /// <summary>Configuration the class's tests need changed.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public Task<PipelineApp> GetAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        apps.GetOrAdd(provider, p => new Lazy<Task<PipelineApp>>(() => PipelineApp.StartAsync(p, RunJobs, Settings))).Value;

    public Task InitializeAsync() => GetAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var starting in apps.Values.Where(a => a.IsValueCreated).Select(a => a.Value))
        {
            // An app that failed to start has nothing to stop; its test already reported why.
            await ((Task)starting).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (starting.IsCompletedSuccessfully)
            {
                await (await starting).DisposeAsync();
            }
        }
    }
}

/// <summary>An Addin without job workers or source polling, so tests run discovery and the pipeline step by step.</summary>
public sealed class ManualPipelineAppFixture : PipelineAppFixture
{
    protected override bool RunJobs => false;
}
