using System.Reflection;
using Addin.Sdk;
using McMaster.NETCore.Plugins;

namespace Addin.PluginHost.Loading;

/// <summary>A plugin's main assembly loaded into its own load context, with the factory type of each provider.</summary>
internal sealed class PluginCode : IDisposable
{
    // Every public SDK type resolves to the host's copy, so a plugin's IProviderFactory<T> is the host's IProviderFactory<T>.
    private static readonly Type[] SharedTypes = typeof(SdkInfo).Assembly.GetExportedTypes();

    private readonly PluginLoader _loader;

    private PluginCode(PluginLoader loader, IReadOnlyList<Type> factoryTypes)
    {
        _loader = loader;
        FactoryTypes = factoryTypes;
    }

    /// <summary>The factory type of each provider, in manifest order.</summary>
    public IReadOnlyList<Type> FactoryTypes { get; }

    /// <summary>Loads the assembly of a plugin whose manifest is valid and finds its factory types; no plugin code is run.</summary>
    /// <param name="plugin">An <see cref="PluginStatus.Active"/> validation.</param>
    /// <param name="unloadable">True to load into a collectible context that <see cref="Dispose"/> unloads.</param>
    /// <param name="problems">Why the code does not match the manifest, when it returns null.</param>
    public static PluginCode? Load(PluginValidation plugin, bool unloadable, out IReadOnlyList<PluginProblem> problems)
    {
        // McMaster requires an absolute path; ManifestChecks made it one.
        var loader = PluginLoader.CreateFromAssemblyFile(plugin.AssemblyPath, unloadable, SharedTypes, config => config.PreferSharedTypes = true);
        Assembly assembly;
        try
        {
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            loader.Dispose();
            problems = [new(plugin.ManifestPath, "/assembly", $"{Path.GetFileName(plugin.AssemblyPath)} cannot be loaded: {ex.Message.TrimEnd('.')}",
                "build it as a .NET assembly for net10.0 with <EnableDynamicLoading>true</EnableDynamicLoading>, so its dependencies are copied beside it")];
            return null;
        }

        var found = new List<PluginProblem>();
        var factoryTypes = plugin.Manifest!.Providers.Select((provider, i) => FactoryTypeCheck.Find(assembly, provider, i, plugin.ManifestPath, found)).ToList();
        problems = found;
        if (found.Count == 0)
        {
            return new PluginCode(loader, factoryTypes!);
        }

        loader.Dispose();
        return null;
    }

    /// <summary>Unloads the plugin when it was loaded as unloadable; otherwise the code stays loaded for the process.</summary>
    public void Dispose() => _loader.Dispose();
}
