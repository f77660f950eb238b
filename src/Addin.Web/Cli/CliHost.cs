using Addin.Core.Persistence;
using Addin.Data;
using Addin.Web.Configuration;
using Addin.Web.Hosting;
using Addin.Web.Plugins;
using Microsoft.Extensions.Options;

namespace Addin.Web.Cli;

/// <summary>Addin's services for a command, with the server's configuration; no web server.</summary>
internal static class CliHost
{
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        var app = Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<AddinDbContext>(), CancellationToken.None);
        return app;
    }

    /// <summary>Addin's services with the plugins loaded, leaving the database alone: for commands that keep no data.</summary>
    public static async Task<WebApplication> StartWithPluginsAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = Build(args);
        await LoadPluginsAsync(app, cancellationToken);
        return app;
    }

    /// <summary>Addin's services with the database migrated and the plugins loaded: for commands that use both.</summary>
    public static async Task<WebApplication> StartWithDatabaseAndPluginsAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = await StartAsync(args);
        await LoadPluginsAsync(app, cancellationToken);
        return app;
    }

    private static async Task LoadPluginsAsync(WebApplication app, CancellationToken cancellationToken)
    {
        string plugins = app.Services.GetRequiredService<IOptions<PluginOptions>>().Value.Directory;
        await app.Services.GetRequiredService<PluginCatalogHolder>().LoadAsync(plugins, app.Logger, cancellationToken);
    }

    private static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        // appsettings.json asks for Information, which would bury a command's output in the server's progress logs.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        builder.AddAddin();
        return builder.Build();
    }
}
