using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Addin.Bench.Processing;

/// <summary>
/// Runs Addin's ffmpeg commands again, one after another, as a shell script would. Addin writes each output beside
/// its destination and renames it when whole; the run does the same renames, so later commands find their inputs.
/// </summary>
internal static partial class DirectRun
{
    public static async Task<TimeSpan> RunAsync(string binaryFolder, IReadOnlyList<(string Tool, IReadOnlyList<string> Arguments)> commands)
    {
        long started = Stopwatch.GetTimestamp();
        foreach (var (tool, arguments) in commands)
        {
            if (arguments[^1] is { } output && Path.IsPathRooted(output))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            }

            await Ffmpeg.RunAsync(Path.Combine(binaryFolder, tool), arguments);
            foreach (string argument in arguments)
            {
                if (PartialName().Match(argument) is { Success: true } partial && File.Exists(argument))
                {
                    File.Move(argument, Path.Combine(partial.Groups["folder"].Value, partial.Groups["name"].Value + partial.Groups["extension"].Value), overwrite: true);
                }
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }

    // Addin.Media's PartialOutputFile: "<folder>/.<name>.<guid>.partial<extension>".
    [GeneratedRegex(@"^(?<folder>/.*)/\.(?<name>[^/]+)\.[0-9a-f]{32}\.partial(?<extension>\.[a-z0-9]+)$")]
    private static partial Regex PartialName();
}
