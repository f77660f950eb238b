using Addin.PluginHost.Schemas;
using Addin.PluginHost.Versioning;
using Addin.Sdk;

namespace Addin.PluginHost.Manifests;

/// <summary>The checks a schema cannot express: SDK range, assembly path, provider ids, settings schemas.</summary>
internal static class ManifestChecks
{
    private static readonly SemanticVersion HostSdk = SemanticVersion.TryParse(SdkInfo.Version, out var version)
        ? version
        : throw new InvalidOperationException($"SdkInfo.Version '{SdkInfo.Version}' is not a semantic version.");

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static PluginValidation Check(PluginValidation plugin)
    {
        var manifest = plugin.Manifest ?? throw new ArgumentException("the manifest must be read first", nameof(plugin));
        var invalid = new List<PluginProblem>();
        var unsupported = SdkProblem(manifest, plugin.ManifestPath, invalid);
        string assemblyPath = CheckAssembly(manifest, plugin.Folder, plugin.ManifestPath, invalid);
        var secretSettings = CheckProviders(manifest, plugin.ManifestPath, invalid);

        var checkedPlugin = plugin with { AssemblyPath = assemblyPath, SecretSettings = secretSettings };
        return invalid.Count > 0 ? checkedPlugin.WithProblems(PluginStatus.Invalid, unsupported is null ? invalid : [.. invalid, unsupported])
            : unsupported is not null ? checkedPlugin.WithProblems(PluginStatus.NotSupported, [unsupported])
            : checkedPlugin;
    }

    /// <summary>Returns the problem when the range excludes this host; adds to <paramref name="invalid"/> when it is no range at all.</summary>
    private static PluginProblem? SdkProblem(PluginManifest manifest, string manifestPath, List<PluginProblem> invalid)
    {
        if (!VersionRange.TryParse(manifest.Sdk, out var range, out string error))
        {
            invalid.Add(new(manifestPath, "/sdk", $"\"{manifest.Sdk}\" is not a version range: {error}",
                $"write the Addin.Sdk versions the plugin was built for, for example \"^{HostSdk.Major}.{HostSdk.Minor}\""));
            return null;
        }

        return range.IsSatisfiedBy(HostSdk)
            ? null
            : new(manifestPath, "/sdk", $"requires SDK {manifest.Sdk} but this host has {SdkInfo.Version}",
                $"rebuild the plugin against Addin.Sdk {HostSdk.Major}.x (\"sdk\": \"^{HostSdk.Major}.{HostSdk.Minor}\") or upgrade Addin to a version whose SDK is in {manifest.Sdk}");
    }

    private static string CheckAssembly(PluginManifest manifest, string folder, string manifestPath, List<PluginProblem> invalid)
    {
        // Canonicalise before comparing, so "x/../../y.dll" cannot leave the folder (OWASP path traversal).
        string assemblyPath = Path.GetFullPath(Path.Combine(folder, manifest.Assembly.Replace('\\', '/')));
        if (!assemblyPath.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison))
        {
            invalid.Add(new(manifestPath, "/assembly", $"\"{manifest.Assembly}\" points outside the plugin folder (to {assemblyPath})",
                $"name a .dll inside {folder}, for example \"{Path.GetFileName(folder)}.dll\"; the host never loads a plugin's code from elsewhere"));
            return "";
        }

        if (!File.Exists(assemblyPath))
        {
            var present = Directory.EnumerateFiles(folder, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            invalid.Add(new(manifestPath, "/assembly", $"\"{manifest.Assembly}\" does not exist in {folder}",
                present.Count == 0
                    ? "build the plugin so its output lands in this folder (dotnet build), or copy its .dll files here"
                    : $"correct the file name; the .dll files here are {string.Join(", ", present)}"));
            return "";
        }

        return assemblyPath;
    }

    private static List<IReadOnlyList<string>> CheckProviders(PluginManifest manifest, string manifestPath, List<PluginProblem> invalid)
    {
        var secretSettings = new List<IReadOnlyList<string>>();
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < manifest.Providers.Count; i++)
        {
            var provider = manifest.Providers[i];
            string pointer = JsonPointers.Append("/providers", i);
            if (!firstIndexById.TryAdd(provider.Id, i))
            {
                invalid.Add(new(manifestPath, pointer + "/id", $"provider id \"{provider.Id}\" is already used by /providers/{firstIndexById[provider.Id]}",
                    "give each provider of the plugin its own id"));
            }

            secretSettings.Add(SettingsSchemaChecks.Check(provider, pointer, manifestPath, invalid) ?? []);
        }

        return secretSettings;
    }
}
