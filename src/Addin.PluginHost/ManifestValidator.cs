using Addin.PluginHost.Loading;
using Addin.PluginHost.Manifests;

namespace Addin.PluginHost;

/// <summary>
/// Validates plugin folders without starting the host (<c>addin plugins validate [path]</c>): each <c>plugin.json</c> against
/// <c>plugin.schema.json</c> and the checks a schema cannot make, then the factory types named in it.
/// </summary>
/// <remarks>
/// To check the factory types, a valid plugin's main assembly is loaded into a collectible load context, inspected by
/// reflection and unloaded again. No factory is created, so none of the plugin's constructors run. A plugin whose code
/// does not match its manifest is reported as <see cref="PluginStatus.Malfunctioned"/>; one whose constructors throw is
/// only found when the host loads it (<see cref="PluginCatalog"/>).
/// </remarks>
public static class ManifestValidator
{
    /// <summary>Validates one plugin folder.</summary>
    public static async Task<PluginValidation> ValidateFolderAsync(string pluginFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginFolder);
        return CheckCode(await ManifestReader.ReadAsync(pluginFolder, cancellationToken));
    }

    /// <summary>Validates every plugin folder of a plugins directory, including ids that two plugins both claim.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static async Task<IReadOnlyList<PluginValidation>> ValidateDirectoryAsync(string pluginsDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginsDirectory);
        string directory = Path.GetFullPath(pluginsDirectory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The plugins directory {directory} does not exist.");
        }

        var plugins = await PluginDirectory.ReadAsync(directory, cancellationToken);
        return plugins.Select(CheckCode).ToList();
    }

    private static PluginValidation CheckCode(PluginValidation plugin)
    {
        if (plugin.Status != PluginStatus.Active)
        {
            return plugin;
        }

        using var code = PluginCode.Load(plugin, unloadable: true, out var problems);
        return code is null ? plugin.WithProblems(PluginStatus.Malfunctioned, problems) : plugin;
    }
}
