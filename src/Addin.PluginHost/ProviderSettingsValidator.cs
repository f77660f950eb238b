using System.Text.Json;
using Addin.PluginHost.Schemas;

namespace Addin.PluginHost;

/// <summary>Validates a platform's settings for a provider against the provider's settings schema.</summary>
public static class ProviderSettingsValidator
{
    /// <summary>
    /// The settings a provider is created with: the provider's <c>defaultSettings</c> with the platform's settings laid over
    /// them. The merge is shallow: each top-level property the platform sets replaces the default's property whole
    /// (nested objects and arrays are not merged); properties it does not set keep their default.
    /// </summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">The platform's settings: an object, or undefined/null for none.</param>
    public static JsonElement WithDefaults(LoadedProvider provider, JsonElement settings)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var merged = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var layer in new[] { provider.DefaultSettings, settings })
        {
            if (layer is { ValueKind: JsonValueKind.Object } properties)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    merged[property.Name] = property.Value;
                }
            }
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    /// <summary>Validates the settings, with the defaults merged in (<see cref="WithDefaults"/>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">The platform's settings: an object, or undefined/null for none.</param>
    /// <param name="settingsLocation">Where the settings come from, for messages, for example <c>platform 'demo' settings for provider 'folder'</c>.</param>
    /// <returns>One problem per fault, its field a JSON pointer into the settings (for example <c>/inbox</c>); empty when valid.</returns>
    public static IReadOnlyList<PluginProblem> Validate(LoadedProvider provider, JsonElement settings, string settingsLocation)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (settings.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            return [new(settingsLocation, "", $"the settings are {SchemaProblems.KindName(settings.ValueKind)} but must be an object",
                "write the settings as a JSON object of setting names and values, for example { \"name\": \"value\" }")];
        }

        // The schema compiled when the plugin loaded, so compiling again cannot fail here.
        var schema = SchemaCompiler.Compile(provider.SettingsSchemaJson);
        return SchemaProblems.Find(schema, provider.SettingsSchemaJson, WithDefaults(provider, settings), settingsLocation, "");
    }
}
