using System.Net;
using System.Net.Sockets;
using Addin.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Addin.Bench.Processing;

/// <summary>
/// Addin in this process, as `./addin run` starts it (SQLite, local disk, the built plugins, the demo platform, job
/// workers), on a data folder of its own, with its ffmpeg commands recorded by <see cref="ToolCommands"/>.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly ToolCommands commands;
    private readonly int port = FreePort();

    public BenchHost(string dataDirectory, ToolCommands commands)
    {
        this.dataDirectory = dataDirectory;
        this.commands = commands;

        // The host reads appsettings.json and wwwroot from Addin.Web's project folder, as `./addin run` does; a test
        // project learns that folder from a manifest the test SDK writes, this program from the variable the factory reads.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADDIN_WEB", Path.Combine(RepoPaths.Root, "src", "Addin.Web"));
        UseKestrel(port);
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{port}");

    public string Inbox(string courseKey) => Path.Combine(dataDirectory, "inbox", courseKey);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Addin:DataDirectory", dataDirectory);
        builder.UseSetting("Addin:PublicBaseUrl", BaseUrl.ToString());
        builder.UseSetting("Addin:Plugins:Directory", RepoPaths.Plugins);
        builder.UseSetting("Addin:SeedDemoRecordings", "false");
        builder.UseSetting("Addin:Pipeline:PollInterval", "00:00:00.200");
        builder.UseSetting("Addin:Jobs:QueuePollInterval", "00:00:00.200");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(commands);
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddFilter("Addin.Media", LogLevel.Debug);
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
