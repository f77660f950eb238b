using System.Globalization;
using System.Net;
using Addin.Bench.Launches;

// ./addin bench launches starts Addin, registers this platform with `./addin platforms add`, then runs this program.
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Addin.Bench.Launches --tool URL --platform-port N [--duration 30] [--warmup 5] [--concurrency 32] [--people 2000] [--courses 40] [--tool-pid PID]");
    return 2;
}

using var platform = new BenchPlatform(options.PlatformPort);
if (options.PrintRegistration)
{
    // The caller registers the platform with these values before the run (the key is created per run; the tool fetches it by kid).
    Console.WriteLine(string.Join(' ', platform.Issuer, BenchPlatform.ClientId, platform.AuthorizationUrl, platform.JwksUrl, BenchPlatform.DeploymentId));
    return 0;
}

using var http = new HttpClient(new SocketsHttpHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
    MaxConnectionsPerServer = options.Concurrency * 2,
    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
})
{
    Timeout = TimeSpan.FromSeconds(30),
};

var driver = new LaunchDriver(http, options.Tool, platform, options.People, options.Courses);
var staticFile = new Uri(options.Tool, "/favicon.svg");
var toolClock = options.ToolProcessId is { } pid ? new ProcessorClock(pid) : null;

Console.WriteLine($"Addin at {options.Tool}: {options.Concurrency} concurrent clients, {options.Duration.TotalSeconds:F0} s each after {options.WarmUp.TotalSeconds:F0} s warm-up, " +
                  $"{options.People} people in {options.Courses} courses.");
var baseline = await new LoadRun(async (_, ct) =>
{
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    using var response = await http.GetAsync(staticFile, ct);
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"{staticFile} answered {(int)response.StatusCode}.");
    }

    await response.Content.LoadIntoBufferAsync(ct);
    return System.Diagnostics.Stopwatch.GetElapsedTime(started);
}, options.Concurrency, toolClock).RunAsync("static file", options.WarmUp, options.Duration, Console.Out);

int fetchesBefore = 0;
var launches = await new LoadRun(driver.LaunchAsync, options.Concurrency, toolClock)
    .RunAsync("launch", options.WarmUp, options.Duration, Console.Out, measuring: () => fetchesBefore = platform.JwksFetches);
int fetchesDuring = platform.JwksFetches - fetchesBefore;

Console.WriteLine();
Console.WriteLine(baseline);
Console.WriteLine(launches);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"launch vs static file: {launches.PerSecond / baseline.PerSecond:P1} of the throughput, p95 {launches.P95 / baseline.P95:F1}x; " +
    $"JWKS fetches during the measured launches: {fetchesDuring} (target 0), during the warm-up: {fetchesBefore}."));
if (launches.ToolCpuMs is { } launchCpu && baseline.ToolCpuMs is { } staticCpu)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Addin's processor time per launch: {launchCpu:F2} ms, {launchCpu / staticCpu:F0}x a static file's; at most {2000 / launchCpu:F0} launches/s on 2 cores if Addin had them to itself."));
}

Console.WriteLine($"targets: ≥ 500 launches/s ({(launches.PerSecond >= 500 ? "met" : "not met")}), p95 < 50 ms ({(launches.P95 < 50 ? "met" : "not met")}).");
return launches.Failures == 0 ? 0 : 1;
