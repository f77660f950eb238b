using System.Globalization;

namespace Addin.Bench.Risk;

/// <summary>The benchmark's command line: <c>--students N</c> (default 100,000) and <c>--weeks N</c> (default 20).</summary>
internal sealed record BenchOptions(int Students, int Weeks)
{
    /// <summary>The options, or null when an option is unknown or out of range.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(100_000, 20);
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return null;
            }

            options = args[i] switch
            {
                "--students" when value is >= 100 and <= 1_000_000 => options with { Students = value },
                "--weeks" when value is >= 2 and <= 52 => options with { Weeks = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
