using System.Text.Json;
using Addin.Sdk;

namespace Addin.PluginHost;

/// <summary>A provider of an active plugin, with its factory ready to create it for a platform.</summary>
public sealed record LoadedProvider
{
    /// <summary>The provider's id, unique across plugins.</summary>
    public required string Id { get; init; }

    /// <summary>The contract it implements.</summary>
    public required ProviderKind Kind { get; init; }

    /// <summary>The id of the plugin it comes from.</summary>
    public required string PluginId { get; init; }

    /// <summary>Its name as administrators see it.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What it does.</summary>
    public required string Description { get; init; }

    /// <summary>The JSON Schema of its settings, as written in <c>plugin.json</c>.</summary>
    public required JsonElement SettingsSchemaJson { get; init; }

    /// <summary>Settings used where a platform sets nothing, if any.</summary>
    public JsonElement? DefaultSettings { get; init; }

    /// <summary>JSON pointers of the settings marked <c>"x-secret": true</c> (for example <c>/apiKey</c>): never log or display their values.</summary>
    public required IReadOnlyList<string> SecretSettings { get; init; }

    /// <summary>The factory: an <c>IProviderFactory&lt;T&gt;</c> of the kind's contract. Use <see cref="ProviderActivator"/>.</summary>
    public required object Factory { get; init; }
}
