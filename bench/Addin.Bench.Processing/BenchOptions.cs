using System.Globalization;

namespace Addin.Bench.Processing;

/// <summary>The benchmark's command line: <c>--minutes N</c> (1 to 600, default 60).</summary>
internal sealed record BenchOptions(int Minutes)
{
    /// <summary>The options, or null when an option is unknown or out of range.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        return args switch
        {
            [] => new BenchOptions(60),
            ["--minutes", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int minutes) && minutes is >= 1 and <= 600 =>
                new BenchOptions(minutes),
            _ => null,
        };
    }
}
