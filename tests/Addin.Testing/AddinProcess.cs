using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Addin.Testing;

/// <summary>
/// The built Addin.Web.dll as a process of its own on a port of 127.0.0.1, configured through environment variables as
/// an operator would, its log (one line a message) kept for the test to read. Killing it is a real SIGKILL: nothing in
/// the process gets to clean up.
/// </summary>
public sealed class AddinProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly SemaphoreSlim lineAdded = new(0);

    private AddinProcess(string name, Process process, Uri baseUrl)
    {
        Name = name;
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
    }

    /// <summary>The test's name for it, used in failure messages.</summary>
    public string Name { get; }

    public Uri BaseUrl { get; }

    public int ProcessId => process.Id;

    /// <summary>Everything it logged so far, in order.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public static string WebDll => Path.Combine(RepoPaths.Root, "src", "Addin.Web", "bin", "Debug", "net10.0", "Addin.Web.dll");

    /// <summary>
    /// Starts Addin on <paramref name="port"/> with <paramref name="settings"/> (configuration keys such as
    /// <c>Addin:Jobs:WorkerCount</c>; <c>Addin:PublicBaseUrl</c> is its own URL unless they say otherwise) and waits until it is ready.
    /// </summary>
    public static async Task<AddinProcess> StartAsync(string name, int port, IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "src", "Addin.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        var environment = new Dictionary<string, string?>
        {
            ["Urls"] = baseUrl.ToString(),
            ["Addin:PublicBaseUrl"] = baseUrl.ToString(),
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var addin = new AddinProcess(name, process, baseUrl);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await addin.WaitForLineAsync(line => line.Contains("Addin is ready at", StringComparison.Ordinal), timeout ?? TimeSpan.FromSeconds(60));
            return addin;
        }
        catch
        {
            await addin.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for a log line (one already logged counts) and returns it; fails with the log's end if it never comes or the process ends.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = new CancellationTokenSource(timeout);
        int seen = 0;
        while (true)
        {
            var all = Lines;
            if (all.Skip(seen).FirstOrDefault(match) is { } line)
            {
                return line;
            }

            seen = all.Count;
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited ({process.ExitCode}) before the line came. Its log ends:\n{Tail()}");
            }

            try
            {
                await lineAdded.WaitAsync(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{Name} did not log the line within {timeout}. Its log ends:\n{Tail()}");
            }
        }
    }

    /// <summary>Kills the process at once (SIGKILL) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        lineAdded.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        lineAdded.Release();
    }

    private string Tail() => string.Join('\n', Lines.TakeLast(30));

    /// <summary>A port of 127.0.0.1 free now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
