using Addin.PluginHost;
using Addin.Sdk;

namespace Addin.Web.Plugins;

/// <summary>The plugin catalog, loaded once at start-up (before anything uses it) by the initializer.</summary>
public sealed class PluginCatalogHolder : IPluginCatalog
{
    private IPluginCatalog? loaded;

    public IReadOnlyList<LoadedPlugin> Plugins => Catalog.Plugins;

    public IReadOnlyList<LoadedProvider> Providers => Catalog.Providers;

    private IPluginCatalog Catalog => loaded ?? throw new InvalidOperationException("Plugins are not loaded yet: the host initializer loads them at start-up.");

    public LoadedProvider? Find(ProviderKind kind, string providerId) => Catalog.Find(kind, providerId);

    public async Task LoadAsync(string directory, ILogger logger, CancellationToken cancellationToken) =>
        loaded = await PluginCatalog.LoadAsync(directory, logger, cancellationToken);
}
