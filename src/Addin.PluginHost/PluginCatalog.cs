using System.Reflection;
using Addin.PluginHost.Loading;
using Addin.PluginHost.Manifests;
using Addin.Sdk;
using Microsoft.Extensions.Logging;

namespace Addin.PluginHost;

/// <summary>
/// Loads the plugins of a plugins directory at start-up. Each plugin is validated, loaded into its own load context
/// (sharing only Addin.Sdk with the host) and has its factories created; a plugin that fails any step is left out
/// with its problems logged and returned, and never stops the others.
/// </summary>
public sealed class PluginCatalog : IPluginCatalog
{
    private PluginCatalog(IReadOnlyList<LoadedPlugin> plugins)
    {
        Plugins = plugins;
        Providers = plugins.SelectMany(p => p.Providers).ToList();
    }

    /// <inheritdoc/>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <inheritdoc/>
    public IReadOnlyList<LoadedProvider> Providers { get; }

    /// <summary>Finds, validates and loads every plugin in <paramref name="pluginsDirectory"/>.</summary>
    /// <param name="pluginsDirectory">The directory whose subfolders are plugins; a missing directory gives an empty catalog.</param>
    /// <param name="logger">Receives one entry per problem and one per loaded plugin.</param>
    /// <param name="cancellationToken">Cancels reading the manifests.</param>
    public static async Task<IPluginCatalog> LoadAsync(string pluginsDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        string directory = Path.GetFullPath(pluginsDirectory);
        if (!Directory.Exists(directory))
        {
            PluginLog.NoDirectory(logger, directory);
            return new PluginCatalog([]);
        }

        var plugins = new List<LoadedPlugin>();
        foreach (var validation in await PluginDirectory.ReadAsync(directory, cancellationToken))
        {
            var plugin = validation.Status == PluginStatus.Active ? Load(validation) : Unloaded(validation);
            Log(logger, plugin);
            plugins.Add(plugin);
        }

        return new PluginCatalog(plugins);
    }

    /// <inheritdoc/>
    public LoadedProvider? Find(ProviderKind kind, string providerId) =>
        Providers.FirstOrDefault(p => p.Kind == kind && string.Equals(p.Id, providerId, StringComparison.Ordinal));

    private static LoadedPlugin Load(PluginValidation plugin)
    {
        // Not unloadable: the providers live as long as the host.
        var code = PluginCode.Load(plugin, unloadable: false, out var problems);
        if (code is null)
        {
            return Unloaded(plugin.WithProblems(PluginStatus.Malfunctioned, problems));
        }

        var manifest = plugin.Manifest!;
        var providers = new List<LoadedProvider>();
        var failures = new List<PluginProblem>();
        for (int i = 0; i < manifest.Providers.Count; i++)
        {
            if (CreateFactory(code.FactoryTypes[i], i, plugin, failures) is { } factory)
            {
                providers.Add(Describe(manifest, i, plugin.SecretSettings[i], factory));
            }
        }

        return failures.Count > 0
            ? Unloaded(plugin.WithProblems(PluginStatus.Malfunctioned, failures))
            : new LoadedPlugin { Manifest = manifest, Folder = plugin.Folder, ManifestPath = plugin.ManifestPath, Status = PluginStatus.Active, Problems = [], Providers = providers };
    }

    private static object? CreateFactory(Type type, int index, PluginValidation plugin, List<PluginProblem> failures)
    {
        try
        {
            return Activator.CreateInstance(type);
        }
        catch (Exception ex)
        {
            // Plugin code may throw anything; whatever it is, the host starts without this plugin.
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            string authors = plugin.Manifest!.Authors.Count > 0 ? string.Join(", ", plugin.Manifest.Authors) : "its authors";
            failures.Add(new(plugin.ManifestPath, $"/providers/{index}/factory", $"creating {type.FullName} threw {cause.GetType().Name}: {cause.Message.TrimEnd('.')}",
                $"this is a fault in the plugin: report it to {authors}, and remove {plugin.Folder} or install a fixed version; the host runs without it meanwhile"));
            return null;
        }
    }

    private static LoadedProvider Describe(PluginManifest manifest, int index, IReadOnlyList<string> secretSettings, object factory)
    {
        var provider = manifest.Providers[index];
        return new LoadedProvider
        {
            Id = provider.Id,
            Kind = provider.Kind,
            PluginId = manifest.Id,
            DisplayName = provider.DisplayName,
            Description = provider.Description,
            SettingsSchemaJson = provider.SettingsSchema,
            DefaultSettings = provider.DefaultSettings,
            SecretSettings = secretSettings,
            Factory = factory,
        };
    }

    private static LoadedPlugin Unloaded(PluginValidation plugin) => new()
    {
        Manifest = plugin.Manifest,
        Folder = plugin.Folder,
        ManifestPath = plugin.ManifestPath,
        Status = plugin.Status,
        Problems = plugin.Problems,
        Providers = [],
    };

    private static void Log(ILogger logger, LoadedPlugin plugin)
    {
        if (plugin is { Status: PluginStatus.Active, Manifest: { } manifest })
        {
            PluginLog.Loaded(logger, manifest.Id, manifest.Version, plugin.Folder, string.Join(", ", plugin.Providers.Select(p => p.Id)));
            return;
        }

        // An SDK mismatch is expected while plugins catch up with an upgrade; anything else is a fault to fix.
        var level = plugin.Status == PluginStatus.NotSupported ? LogLevel.Warning : LogLevel.Error;
        foreach (var problem in plugin.Problems)
        {
            PluginLog.Problem(logger, level, plugin.Folder, plugin.Status, problem.File, problem.Field, problem.Message, problem.Fix);
        }
    }
}
