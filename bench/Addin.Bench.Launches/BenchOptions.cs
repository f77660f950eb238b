using System.Globalization;

namespace Addin.Bench.Launches;

internal sealed record BenchOptions(
    Uri Tool, int PlatformPort, TimeSpan Duration, TimeSpan WarmUp, int Concurrency, int People, int Courses, bool PrintRegistration, int? ToolProcessId)
{
    /// <summary>The options, or null when one is missing or not a number.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool printRegistration = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--print-registration")
            {
                printRegistration = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out string? text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

        try
        {
            return new BenchOptions(
                new Uri(values.GetValueOrDefault("tool", "http://127.0.0.1:5080")),
                Number("platform-port", 5099),
                TimeSpan.FromSeconds(Number("duration", 30)),
                TimeSpan.FromSeconds(Number("warmup", 5)),
                Number("concurrency", 32),
                Number("people", 2000),
                Number("courses", 40),
                printRegistration,
                values.ContainsKey("tool-pid") ? Number("tool-pid", 0) : null);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
