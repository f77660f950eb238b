using Addin.Core.Persistence;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary><c>./addin templates set|reset PLATFORM NAME [FILE]</c>: a platform's own version of a template.</summary>
internal static class TemplatesCommand
{
    public static async Task<int> SetAsync(string[] args, string platformKey, string name, string path, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"✗ {path}: no such file.");
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        if (await PlatformIdAsync(scope, platformKey, output, cancellationToken) is not { } platformId)
        {
            return 1;
        }

        var problem = await scope.ServiceProvider.GetRequiredService<TemplateStore>()
            .OverrideAsync(platformId, name, await File.ReadAllTextAsync(path, cancellationToken), null, cancellationToken);
        await output.WriteLineAsync(problem is null ? $"✓ '{platformKey}' now uses {path} as its '{name}' template." : $"✗ {path}: {problem}");
        return problem is null ? 0 : 1;
    }

    public static async Task<int> ResetAsync(string[] args, string platformKey, string name, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        if (await PlatformIdAsync(scope, platformKey, output, cancellationToken) is not { } platformId)
        {
            return 1;
        }

        bool removed = await scope.ServiceProvider.GetRequiredService<TemplateStore>().ResetAsync(platformId, name, cancellationToken);
        await output.WriteLineAsync(removed ? $"✓ '{platformKey}' uses Addin's own '{name}' template again." : $"'{platformKey}' had no '{name}' template of its own.");
        return 0;
    }

    private static async Task<long?> PlatformIdAsync(AsyncServiceScope scope, string key, TextWriter output, CancellationToken cancellationToken)
    {
        long? id = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Platforms.Where(p => p.Key == key).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            await output.WriteLineAsync($"✗ no platform '{key}'; ./addin platforms list shows the keys.");
        }

        return id;
    }
}
