using System.Text.Json;
using Addin.Sdk;

namespace Addin.PluginHost;

/// <summary>A plugin's <c>plugin.json</c>, read only after it validated against <c>plugin.schema.json</c>.</summary>
public sealed record PluginManifest
{
    /// <summary>The plugin's stable id, for example <c>addin.folder</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The plugin's name as administrators see it.</summary>
    public required string Name { get; init; }

    /// <summary>The plugin's own semantic version.</summary>
    public required string Version { get; init; }

    /// <summary>What the plugin does.</summary>
    public required string Description { get; init; }

    /// <summary>Who maintains it.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The SDK version range it was built for, for example <c>^1.0</c>.</summary>
    public required string Sdk { get; init; }

    /// <summary>The main assembly, relative to the plugin folder.</summary>
    public required string Assembly { get; init; }

    /// <summary>The providers it offers.</summary>
    public required IReadOnlyList<ProviderManifest> Providers { get; init; }
}

/// <summary>One provider declared in a <c>plugin.json</c>.</summary>
public sealed record ProviderManifest
{
    /// <summary>The provider's id, unique across all plugins, for example <c>local-disk</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The contract it implements.</summary>
    public required ProviderKind Kind { get; init; }

    /// <summary>The full name of its factory type.</summary>
    public required string Factory { get; init; }

    /// <summary>Its name as administrators see it.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What it does.</summary>
    public required string Description { get; init; }

    /// <summary>The JSON Schema of its per-platform settings.</summary>
    public required JsonElement SettingsSchema { get; init; }

    /// <summary>Settings used where a platform sets nothing, if any.</summary>
    public JsonElement? DefaultSettings { get; init; }
}
