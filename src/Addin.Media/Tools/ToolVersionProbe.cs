using Microsoft.Extensions.Logging;

namespace Addin.Media.Tools;

/// <summary>Runs a tool's version command, turning every way it can fail into a problem an operator can act on.</summary>
internal static class ToolVersionProbe
{
    /// <summary>Returns the tool's stdout, or null after adding a problem.</summary>
    public static async Task<string?> RunAsync(
        ToolBinary tool, string versionFlag, TimeSpan timeout, ILogger logger, List<string> problems, CancellationToken cancellationToken)
    {
        if (!File.Exists(tool.Path))
        {
            problems.Add($"{tool.Name} was not found at '{tool.Path}'; {tool.InstallHint}.");
            return null;
        }

        try
        {
            var result = await FfmpegProcess.RunAsync(new ToolInvocation(tool, [versionFlag], timeout), logger, cancellationToken);
            if (result.ExitCode != 0)
            {
                problems.Add($"{tool.Name} at '{tool.Path}' failed to report its version (exit code {result.ExitCode}: {result.ErrorTail.LastOrDefault()}); {tool.InstallHint}.");
                return null;
            }

            return result.Output;
        }
        catch (MediaProcessingException ex)
        {
            problems.Add(ex.Message);
        }
        catch (TimeoutException)
        {
            problems.Add($"{tool.Name} at '{tool.Path}' did not report its version within {timeout}; check that it is a working build.");
        }

        return null;
    }

    public static string FirstLine(string output)
    {
        string line = output.AsSpan().TrimStart().ToString();
        int end = line.IndexOfAny(['\r', '\n']);
        return end < 0 ? line : line[..end];
    }
}
