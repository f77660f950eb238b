namespace Addin.PluginHost;

/// <summary>A plugin found in the plugins directory, loaded or not.</summary>
public sealed record LoadedPlugin
{
    /// <summary>The manifest, when it could be read.</summary>
    public PluginManifest? Manifest { get; init; }

    /// <summary>The plugin folder (absolute).</summary>
    public required string Folder { get; init; }

    /// <summary>The <c>plugin.json</c> path (absolute).</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Whether it is in use, and if not, why.</summary>
    public required PluginStatus Status { get; init; }

    /// <summary>Everything wrong with it; empty when <see cref="PluginStatus.Active"/>.</summary>
    public required IReadOnlyList<PluginProblem> Problems { get; init; }

    /// <summary>Its providers; empty unless <see cref="PluginStatus.Active"/>.</summary>
    public required IReadOnlyList<LoadedProvider> Providers { get; init; }
}
