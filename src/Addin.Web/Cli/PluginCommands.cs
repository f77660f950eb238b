using Addin.PluginHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Web.Cli;

/// <summary><c>./addin plugins list</c> and <c>./addin plugins validate</c>.</summary>
internal static class PluginCommands
{
    public static async Task<int> ListAsync(string directory, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            await output.WriteLineAsync($"No plugins folder at {Path.GetFullPath(directory)}. Build with './addin build' or set Addin:Plugins:Directory.");
            return 1;
        }

        var catalog = await PluginCatalog.LoadAsync(directory, NullLogger.Instance, cancellationToken);
        await output.WriteLineAsync($"Plugins in {Path.GetFullPath(directory)}:");
        foreach (var plugin in catalog.Plugins)
        {
            string name = plugin.Manifest is { } m ? $"{m.Id} {m.Version}" : Path.GetFileName(plugin.Folder);
            await output.WriteLineAsync($"  {name,-40} {plugin.Status}");
            foreach (var provider in plugin.Providers)
            {
                await output.WriteLineAsync($"      {provider.Kind,-20} {provider.Id}  {provider.DisplayName}");
            }

            await WriteProblemsAsync(output, plugin.Problems);
        }

        return 0;
    }

    public static async Task<int> ValidateAsync(string path, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            await output.WriteLineAsync($"{Path.GetFullPath(path)} is not a folder. Pass a plugins folder or one plugin's folder.");
            return 1;
        }

        var results = File.Exists(Path.Combine(path, "plugin.json"))
            ? [await ManifestValidator.ValidateFolderAsync(path, cancellationToken)]
            : await ManifestValidator.ValidateDirectoryAsync(path, cancellationToken);
        int problems = 0;
        foreach (var result in results)
        {
            await output.WriteLineAsync($"{result.ManifestPath}: {(result.Problems.Count == 0 ? "valid" : result.Status.ToString())}");
            await WriteProblemsAsync(output, result.Problems);
            problems += result.Problems.Count;
        }

        await output.WriteLineAsync(problems == 0 ? $"{results.Count} plugin(s) valid." : $"{problems} problem(s) found.");
        return problems == 0 && results.Count > 0 ? 0 : 1;
    }

    private static async Task WriteProblemsAsync(TextWriter output, IReadOnlyList<PluginProblem> problems)
    {
        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"      ✗ {problem.File} {problem.Field}: {problem.Message}");
            await output.WriteLineAsync($"        fix: {problem.Fix}");
        }
    }
}
