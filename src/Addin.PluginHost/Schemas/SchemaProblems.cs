using System.Text.Json;
using Json.Pointer;
using Json.Schema;

namespace Addin.PluginHost.Schemas;

/// <summary>
/// Turns schema validation failures into <see cref="PluginProblem"/>s that name the field and say how to fix it, using
/// the schema's own <c>description</c>s. Values of <c>"x-secret": true</c> fields are never repeated.
/// </summary>
internal static class SchemaProblems
{
    /// <summary>The problems of <paramref name="instance"/> against <paramref name="schema"/>.</summary>
    /// <param name="schema">The compiled schema.</param>
    /// <param name="schemaJson">The schema's JSON, where descriptions are looked up.</param>
    /// <param name="instance">The JSON validated.</param>
    /// <param name="file">Names the instance's file in each problem.</param>
    /// <param name="fieldPrefix">The pointer of <paramref name="instance"/> inside that file.</param>
    /// <param name="partial">True when the instance may leave out required top-level properties (defaults do).</param>
    public static IReadOnlyList<PluginProblem> Find(JsonSchema schema, JsonElement schemaJson, JsonElement instance, string file, string fieldPrefix, bool partial = false)
    {
        var problems = new List<PluginProblem>();
        foreach (var node in SchemaErrors.Genuine(SchemaCompiler.Evaluate(schema, instance)))
        {
            string instancePointer = node.InstanceLocation.ToString();
            var failure = new Failure(file, fieldPrefix + instancePointer, node.InstanceLocation.Evaluate(instance),
                Fragment(node.SchemaLocation), node.EvaluationPath.ToString(), schemaJson);
            foreach (var (keyword, message) in node.Errors!)
            {
                if (!(partial && keyword == "required" && instancePointer.Length == 0))
                {
                    problems.AddRange(failure.Describe(keyword, message));
                }
            }
        }

        return problems.Distinct().ToList();
    }

    /// <summary>A JSON value kind in words: "a string", "an array", …</summary>
    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Fragment(Uri location)
    {
        string text = location.OriginalString;
        int hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
    }

    private sealed record Failure(string File, string Field, JsonElement? Value, string SchemaPointer, string EvaluationPath, JsonElement SchemaJson)
    {
        private JsonElement? Subschema { get; } = Resolve(SchemaJson, SchemaPointer);

        private bool IsSecret => Subschema is { ValueKind: JsonValueKind.Object } s &&
                                 s.TryGetProperty("x-secret", out var secret) && secret.ValueKind == JsonValueKind.True;

        public IEnumerable<PluginProblem> Describe(string keyword, string message)
        {
            switch (keyword)
            {
                case "required":
                    return MissingProperties();
                case "" or "additionalProperties" or "unevaluatedProperties" when IsUnknownProperty(out string parentPointer):
                    string name = Field[(Field.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                    return [new(File, Field, $"\"{name}\" is not a known field", $"remove it or correct its spelling; the known fields here are {KnownFields(Resolve(SchemaJson, parentPointer))}")];
                case "type":
                    return [new(File, Field, $"is {Kind()} but must be {AllowedTypes()}", $"make it {AllowedTypes()}{Expected(Subschema)}")];
                case "pattern":
                    return [new(File, Field, $"{Shown()} does not have the expected form", Description(Subschema) is { } form ? "write it as described: " + form : "change it to match the schema's \"pattern\"")];
                case "enum":
                    return [new(File, Field, $"{Shown()} is not one of the allowed values", $"use one of {Listed("enum")}{Expected(Subschema)}")];
                case "const":
                    return [new(File, Field, $"{Shown()} is not the allowed value", $"use {Listed("const")}{Expected(Subschema)}")];
                default:
                    string fix = Description(Subschema) is { } description
                        ? $"change it so it fits: {description}"
                        : $"change it so it satisfies the schema's \"{keyword}\" rule";
                    return [new(File, Field, IsSecret ? $"the value does not satisfy \"{keyword}\" (not shown: it is a secret)" : message.TrimEnd('.'), fix)];
            }
        }

        private IEnumerable<PluginProblem> MissingProperties()
        {
            if (Subschema is not { ValueKind: JsonValueKind.Object } schema || !schema.TryGetProperty("required", out var required))
            {
                yield break;
            }

            foreach (string name in required.EnumerateArray().Select(n => n.GetString()).OfType<string>())
            {
                if (Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out _))
                {
                    continue;
                }

                var property = schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out var p) ? p : (JsonElement?)null;
                yield return new(File, JsonPointers.Append(Field, name), $"\"{name}\" is missing", $"add \"{name}\"{Expected(property)}");
            }
        }

        // Told by the evaluation path: JsonSchema.Net 8 appends the property's name to the schema location of a
        // "$ref"-reached additionalProperties, so the location alone is not reliable.
        private bool IsUnknownProperty(out string parentPointer)
        {
            string? keyword = new[] { "/additionalProperties", "/unevaluatedProperties" }
                .FirstOrDefault(k => EvaluationPath.EndsWith(k, StringComparison.Ordinal));
            int at = keyword is null ? -1 : SchemaPointer.LastIndexOf(keyword, StringComparison.Ordinal);
            parentPointer = at < 0 ? "" : SchemaPointer[..at];
            return keyword is not null;
        }

        private string Shown()
        {
            if (IsSecret || Value is not { } value)
            {
                return "the value";
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => "\"" + Shorten(value.GetString()!) + "\"",
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => value.GetRawText(),
                _ => KindName(value.ValueKind),
            };
        }

        private string Kind() => Value is not { } value ? "missing"
            : IsSecret || value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? KindName(value.ValueKind)
            : $"{KindName(value.ValueKind)} ({Shown()})";

        private string AllowedTypes()
        {
            if (Subschema is not { ValueKind: JsonValueKind.Object } schema || !schema.TryGetProperty("type", out var type))
            {
                return "another type";
            }

            IEnumerable<string?> names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
            return string.Join(" or ", names.Select(name => name switch
            {
                "integer" => "a whole number",
                "boolean" => "true or false",
                "array" or "object" => "an " + name,
                "null" => "null",
                _ => "a " + name,
            }));
        }

        private string Listed(string keyword)
        {
            if (Subschema is not { ValueKind: JsonValueKind.Object } schema || !schema.TryGetProperty(keyword, out var allowed))
            {
                return "an allowed value";
            }

            IEnumerable<JsonElement> values = allowed.ValueKind == JsonValueKind.Array && keyword == "enum" ? allowed.EnumerateArray() : [allowed];
            return string.Join(", ", values.Select(v => v.GetRawText()));
        }

        private static JsonElement? Resolve(JsonElement schemaJson, string pointer) =>
            JsonPointer.TryParse(pointer, out var parsed) ? parsed.Evaluate(schemaJson) : null;

        private static string KnownFields(JsonElement? schema) =>
            schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("properties", out var properties) &&
            properties.EnumerateObject().Select(p => p.Name).ToList() is { Count: > 0 } names
                ? string.Join(", ", names)
                : "none (this object takes no fields)";

        private static string? Description(JsonElement? schema) =>
            schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()
                : null;

        private static string Expected(JsonElement? schema) => Description(schema) is { } d ? ". Expected: " + d : "";

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
    }
}
