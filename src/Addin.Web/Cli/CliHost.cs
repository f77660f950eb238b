using Addin.Core.Persistence;
using Addin.Data;
using Addin.Web.Hosting;

namespace Addin.Web.Cli;

/// <summary>Addin's services for a command, with the server's configuration and an up-to-date database; no web server.</summary>
internal static class CliHost
{
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddAddin();
        var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<AddinDbContext>(), CancellationToken.None);
        return app;
    }
}
