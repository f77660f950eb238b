using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Addin.Web.Configuration;

/// <summary>
/// Provider settings written in configuration (<c>Addin:Providers:Settings:&lt;providerId&gt;:&lt;name&gt;</c>, or
/// <c>Addin__Providers__Settings__zoom__webhookSecretToken</c> in the environment) as the JSON the provider's schema
/// expects. Configuration holds only strings, so a value is typed by the schema: a number or boolean setting given as
/// text becomes a number or boolean; numbered children (<c>extensions:0</c>, <c>extensions:1</c>) become an array.
/// </summary>
public static class ConfigurationSettings
{
    /// <summary>Each provider's settings section as a JSON object of strings, arrays and objects.</summary>
    public static Dictionary<string, JsonObject> Read(IConfigurationSection settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetChildren().ToDictionary(
            p => p.Key,
            p => ToNode(p) as JsonObject ?? throw new InvalidOperationException($"{p.Path} must hold the provider's settings by name ({p.Path}:<setting>), not a single value."),
            StringComparer.Ordinal);
    }

    /// <summary>The settings with text values turned into the number or boolean the schema's top-level properties ask for.</summary>
    public static JsonObject Typed(JsonObject settings, JsonElement schema)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var typed = (JsonObject)settings.DeepClone();
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return typed;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (typed[property.Name] is JsonValue value && value.TryGetValue(out string? text) &&
                property.Value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                typed[property.Name] = type.GetString() switch
                {
                    "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => n,
                    "number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
                    "boolean" when bool.TryParse(text, out bool b) => b,
                    _ => text,
                };
            }
        }

        return typed;
    }

    private static JsonNode? ToNode(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return section.Value is null ? new JsonObject() : JsonValue.Create(section.Value);
        }

        if (children.All(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return new JsonArray(children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)).Select(ToNode).ToArray());
        }

        var json = new JsonObject();
        foreach (var child in children)
        {
            json[child.Key] = ToNode(child);
        }

        return json;
    }
}
