using System.Text.Json.Nodes;

namespace Addin.Web.Configuration;

/// <summary>
/// Reads <c>Addin:Providers:Settings</c> into one JSON object per provider id. The options binder cannot: it does not
/// know how to make a <see cref="JsonNode"/>, and left every provider's settings out without a word.
/// </summary>
internal static class ProviderSettingsSection
{
    public const string Path = ProviderDefaultsOptions.SectionName + ":Settings";

    /// <summary>
    /// Each provider's settings. Configuration holds strings, so every value is a JSON string; a section whose children
    /// are numbered 0, 1, … becomes an array.
    /// </summary>
    public static Dictionary<string, JsonObject> Read(IConfiguration configuration) =>
        configuration.GetSection(Path).GetChildren().ToDictionary(
            p => p.Key,
            p => ToNode(p) as JsonObject ?? throw new InvalidOperationException(
                $"{Path}:{p.Key} is a single value; give the provider's settings one by one, as {Path}:{p.Key}:<setting>."),
            StringComparer.Ordinal);

    private static JsonNode? ToNode(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return section.Value is null ? new JsonObject() : JsonValue.Create(section.Value);
        }

        if (children.Select(c => c.Key).SequenceEqual(Enumerable.Range(0, children.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            return new JsonArray(children.Select(ToNode).ToArray());
        }

        var node = new JsonObject();
        foreach (var child in children)
        {
            node[child.Key] = ToNode(child);
        }

        return node;
    }
}
