namespace Addin.PluginHost.Manifests;

/// <summary>Finds the plugin folders of a plugins directory and validates their manifests, including against each other.</summary>
/// <remarks>
/// Each subfolder with a <c>plugin.json</c> is a plugin; a subfolder with .dll files but no manifest is reported; other
/// subfolders are ignored. Folders are visited in ordinal name order, so when two plugins claim the same id the first
/// one keeps it and the later one is <see cref="PluginStatus.Invalid"/>.
/// </remarks>
internal static class PluginDirectory
{
    public static async Task<IReadOnlyList<PluginValidation>> ReadAsync(string pluginsDirectory, CancellationToken cancellationToken)
    {
        var plugins = new List<PluginValidation>();
        foreach (string folder in Directory.EnumerateDirectories(pluginsDirectory).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, ManifestReader.FileName)) || Directory.EnumerateFiles(folder, "*.dll").Any())
            {
                plugins.Add(await ManifestReader.ReadAsync(folder, cancellationToken));
            }
        }

        return RejectDuplicateIds(plugins);
    }

    private static List<PluginValidation> RejectDuplicateIds(List<PluginValidation> plugins)
    {
        var pluginIds = new Dictionary<string, PluginValidation>(StringComparer.Ordinal);
        var providerIds = new Dictionary<string, PluginValidation>(StringComparer.Ordinal);
        var result = new List<PluginValidation>();
        foreach (var plugin in plugins)
        {
            if (plugin is not { Status: PluginStatus.Active, Manifest: { } manifest })
            {
                result.Add(plugin);
                continue;
            }

            var problems = new List<PluginProblem>();
            if (pluginIds.TryGetValue(manifest.Id, out var sameId))
            {
                problems.Add(new(plugin.ManifestPath, "/id", $"plugin id \"{manifest.Id}\" is also used by {sameId.ManifestPath}",
                    "keep one copy of the plugin in the plugins directory (remove the other folder), or give one of them another id"));
            }

            for (int i = 0; i < manifest.Providers.Count; i++)
            {
                string id = manifest.Providers[i].Id;
                if (providerIds.TryGetValue(id, out var other))
                {
                    problems.Add(new(plugin.ManifestPath, $"/providers/{i}/id", $"provider id \"{id}\" is also declared by plugin \"{other.Manifest!.Id}\" ({other.ManifestPath})",
                        "rename the provider in one of the two plugins (platform settings choose providers by id), or remove one of the plugins"));
                }
            }

            if (problems.Count > 0)
            {
                result.Add(plugin.WithProblems(PluginStatus.Invalid, problems));
                continue;
            }

            pluginIds.Add(manifest.Id, plugin);
            foreach (var provider in manifest.Providers)
            {
                providerIds.TryAdd(provider.Id, plugin);
            }

            result.Add(plugin);
        }

        return result;
    }
}
