using System.Diagnostics;

namespace Addin.Bench.Processing;

/// <summary>Runs ffmpeg or ffprobe as a shell would: the arguments as given, output discarded, the exit code checked.</summary>
internal static class Ffmpeg
{
    public static async Task RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        process.StandardInput.Close();

        // Both pipes are drained so the child never blocks on a full one; the text matters only when it fails.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
        }
    }
}
