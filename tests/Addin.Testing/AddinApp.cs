using System.Net;
using System.Net.Sockets;
using Addin.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Addin.Testing;

/// <summary>
/// Addin on a real Kestrel port of 127.0.0.1, with a data folder and database of its own, the built plugins and the
/// demo platform — the same host `./addin run` starts. The tool fetches the demo platform's keys over HTTP from it.
/// </summary>
public sealed class AddinApp : WebApplicationFactory<Program>
{
    private readonly TempDirectory data;
    private readonly Dictionary<string, string?> settings;
    private readonly PostgresDatabase? postgres;
    private bool handedOver;

    private AddinApp(DatabaseProvider provider, PostgresDatabase? postgres, IReadOnlyDictionary<string, string?> overrides, TempDirectory? data = null, int? port = null)
    {
        this.postgres = postgres;
        this.data = data ?? new TempDirectory("addin-app");
        Port = port ?? FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}");
        settings = new Dictionary<string, string?>
        {
            ["Addin:DataDirectory"] = this.data.Path,
            ["Addin:PublicBaseUrl"] = BaseUrl.ToString(),
            ["Addin:Plugins:Directory"] = RepoPaths.Plugins,
            ["Addin:Database:Provider"] = provider.ToString(),
            ["Addin:Database:ConnectionString"] = postgres?.ConnectionString,
            ["Addin:EnableDemo"] = "true",
            ["Addin:SeedDemoRecordings"] = "false",
            ["Addin:Jobs:QueuePollInterval"] = "00:00:00.200",
            ["Addin:Jobs:SchedulePollInterval"] = "00:00:01",
            ["Addin:Pipeline:PollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    /// <summary>The app's data folder (database, media, inbox).</summary>
    public string DataDirectory => data.Path;

    /// <summary>The watched folder of a course.</summary>
    public string Inbox(string courseKey) => Path.Combine(DataDirectory, "inbox", courseKey);

    /// <summary>Starts Addin; the caller disposes it.</summary>
    public static async Task<AddinApp> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var pg = provider == DatabaseProvider.Postgres ? await PostgresServer.CreateDatabaseAsync() : null;
        var app = new AddinApp(provider, pg, overrides ?? new Dictionary<string, string?>());
        try
        {
            app.StartServer();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops this Addin and starts another on the same port, data folder and database, as a restart of the server
    /// does; this one then owns nothing any more, and the caller disposes the new one. <paramref name="changedSettings"/>
    /// are applied over the settings this one started with, as an operator's edit before a restart.
    /// </summary>
    public async Task<AddinApp> RestartAsync(IReadOnlyDictionary<string, string?>? changedSettings = null)
    {
        handedOver = true;
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var provider = Enum.Parse<DatabaseProvider>(settings["Addin:Database:Provider"]!);
        var restartSettings = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in changedSettings ?? new Dictionary<string, string?>())
        {
            restartSettings[key] = value;
        }

        var app = new AddinApp(provider, postgres, restartSettings, data, Port);
        app.StartServer();
        return app;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) for this app.</summary>
    public DemoBrowser CreateBrowser() => new(BaseUrl);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (handedOver)
        {
            GC.SuppressFinalize(this);
            return;
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
