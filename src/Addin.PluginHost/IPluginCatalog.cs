using Addin.Sdk;

namespace Addin.PluginHost;

/// <summary>The plugins found at start-up and the providers of those that loaded.</summary>
public interface IPluginCatalog
{
    /// <summary>Every plugin folder found, with its status and problems.</summary>
    IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>The providers of the <see cref="PluginStatus.Active"/> plugins.</summary>
    IReadOnlyList<LoadedProvider> Providers { get; }

    /// <summary>The provider of the given kind and id, or null when no active plugin offers it.</summary>
    LoadedProvider? Find(ProviderKind kind, string providerId);
}
