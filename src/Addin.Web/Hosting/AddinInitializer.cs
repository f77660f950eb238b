using Addin.Core.Persistence;
using Addin.Data;
using Addin.Media;
using Addin.Media.Tools;
using Addin.Web.Configuration;
using Addin.Web.Demo;
using Addin.Web.Plugins;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>
/// Runs once before Addin serves anything: checks ffmpeg, migrates the database, loads the plugins and seeds the
/// demo platform. A problem here stops start-up with a message that says what to do.
/// </summary>
public static partial class AddinInitializer
{
    public static async Task InitializeAddinAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;

        // Options are checked before anything uses them, so a bad setting stops start-up with its own message.
        services.GetRequiredService<IStartupValidator>().Validate();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Addin.Startup");
        var addin = services.GetRequiredService<IOptions<AddinOptions>>().Value;
        Directory.CreateDirectory(addin.DataDirectory);

        var ffmpeg = await services.GetRequiredService<IFfmpegEnvironment>().CheckAsync(services.GetRequiredService<IOptions<FfmpegOptions>>().Value, cancellationToken);
        if (!ffmpeg.IsReady)
        {
            throw new InvalidOperationException("ffmpeg is not usable: " + string.Join(" ", ffmpeg.Problems));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<AddinDbContext>(), cancellationToken);
        }

        string plugins = services.GetRequiredService<IOptions<PluginOptions>>().Value.Directory;
        await services.GetRequiredService<PluginCatalogHolder>().LoadAsync(plugins, logger, cancellationToken);

        if (addin.EnableDemo)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }

        LogReady(logger, addin.PublicBaseUrl, addin.EnableDemo ? new Uri(addin.PublicBaseUrl, "/demo").ToString() : "(demo disabled)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Addin is ready at {BaseUrl}; demo LMS: {DemoUrl}")]
    private static partial void LogReady(ILogger logger, Uri baseUrl, string demoUrl);
}
