using System.Text.Json;
using Addin.PluginHost.Schemas;
using Json.Schema;

namespace Addin.PluginHost.Manifests;

/// <summary><c>plugin.schema.json</c>, embedded in this assembly so the host validates against the schema it was built with.</summary>
internal static class ManifestSchema
{
    private static readonly Lazy<(JsonElement Json, JsonSchema Compiled)> Loaded = new(Load);

    public static JsonElement Json => Loaded.Value.Json;

    public static JsonSchema Compiled => Loaded.Value.Compiled;

    private static (JsonElement, JsonSchema) Load()
    {
        using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream("plugin.schema.json")
                           ?? throw new InvalidOperationException("plugin.schema.json is not embedded in Addin.PluginHost; check its csproj.");
        var json = JsonSerializer.Deserialize<JsonElement>(stream);
        return (json, SchemaCompiler.Compile(json));
    }
}
