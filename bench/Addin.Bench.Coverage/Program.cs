using System.Diagnostics;
using System.Globalization;
using Addin.Bench.Coverage;
using Addin.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

// Renders the coverage heatmap of a generated course (500 sessions × 12 topics, 8 instructors) the way the page does
// (Blazor's HTML renderer), after a warm-up, and prints the median and the slowest run next to the baseline measured
// in the same run. Exits 1 when the median is over the budget.
const int Sessions = 500, Topics = 12, Instructors = 8, WarmUp = 5, Runs = 30;
var budget = TimeSpan.FromMilliseconds(200);
var grid = GeneratedCourse.Grid(Sessions, Topics, Instructors);

await using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(CoverageHeatmap.Grid)] = grid });

int length = 0;
var heatmap = await MeasureAsync(async () => length = (await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<CoverageHeatmap>(parameters)).ToHtmlString())).Length);
int plainLength = 0;
var plain = await MeasureAsync(() => { plainLength = PlainCells.Write(grid).Length; return Task.CompletedTask; });

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage heatmap, {Sessions} sessions × {Topics} topics + {Instructors} instructors ({(Sessions + Instructors + 1) * Topics} cells, {length / 1024.0:0} KiB of HTML)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  heatmap render:        median {Ms(heatmap.Median)} ms, slowest {Ms(heatmap.Max)} ms  (budget {budget.TotalMilliseconds:0} ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline, plain cells: median {Ms(plain.Median)} ms, slowest {Ms(plain.Max)} ms  ({plainLength / 1024.0:0} KiB)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio: {heatmap.Median / plain.Median:0.0}x the baseline; {(heatmap.Median <= budget ? "within" : "OVER")} budget"));
return heatmap.Median <= budget ? 0 : 1;

static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

static async Task<(TimeSpan Median, TimeSpan Max)> MeasureAsync(Func<Task> run)
{
    for (int i = 0; i < WarmUp; i++)
    {
        await run();
    }

    var times = new List<TimeSpan>();
    for (int i = 0; i < Runs; i++)
    {
        long started = Stopwatch.GetTimestamp();
        await run();
        times.Add(Stopwatch.GetElapsedTime(started));
    }

    times.Sort();
    return (times[Runs / 2], times[^1]);
}
