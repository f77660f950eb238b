using System.Text.Json;
using Json.Schema;

namespace Addin.PluginHost.Schemas;

/// <summary>Compiles JSON Schemas (draft 2020-12) the way the host uses them: plugin.schema.json and each provider's settings schema.</summary>
internal static class SchemaCompiler
{
    // Our own annotation keywords ("x-secret") must be accepted, so unknown keywords are allowed.
    private static readonly Dialect Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    /// <summary>Compiles a schema, or says why it is not one and where (a pointer inside the schema, when known).</summary>
    public static bool TryCompile(JsonElement schema, out JsonSchema compiled, out string error, out string location)
    {
        compiled = JsonSchema.False;
        error = "";
        location = "";
        try
        {
            // A registry of its own per schema, so two plugins may use the same $id without overwriting each other.
            compiled = JsonSchema.Build(schema, new BuildOptions { Dialect = Dialect, SchemaRegistry = new SchemaRegistry() });
            return true;
        }
        catch (Exception ex) when (ex is JsonSchemaException or ArgumentException or FormatException or JsonException)
        {
            error = ex.Message.TrimEnd('.');
            location = LocateMetaSchemaError(schema);
            return false;
        }
    }

    public static JsonSchema Compile(JsonElement schema) =>
        TryCompile(schema, out var compiled, out string error, out _) ? compiled : throw new InvalidOperationException(error);

    public static EvaluationResults Evaluate(JsonSchema schema, JsonElement instance) => schema.Evaluate(instance, ListOutput);

    // The compiler's exception names no location; the meta-schema's first genuine failure usually does.
    private static string LocateMetaSchemaError(JsonElement schema)
    {
        var results = MetaSchemas.Draft202012.Evaluate(schema, ListOutput);
        return SchemaErrors.Genuine(results).Select(d => d.InstanceLocation.ToString()).FirstOrDefault() ?? "";
    }
}
