using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Testing;
using Json.Schema;

namespace Addin.Web.Tests.Teams;

/// <summary>
/// Microsoft's Teams app manifest schemas (tests/fixtures/teams/manifest-schema), evaluated with JsonSchema.Net 8.
///
/// The schemas declare JSON Schema draft-04, which JsonSchema.Net does not implement (it starts at draft-06). They are
/// evaluated as draft-07 instead, which for these files means the same or is stricter:
/// - every keyword they use (type, properties, additionalProperties, required, items, enum, pattern, min/maxLength,
///   min/maxItems, minProperties, minimum, maximum, uniqueItems, anyOf, oneOf, dependencies, format, default,
///   description, definitions and local $ref) has the same meaning in draft-04 and draft-07, including $ref ignoring
///   its siblings;
/// - the two keywords whose meaning changed after draft-04 — "id" (became "$id") and boolean exclusiveMinimum /
///   exclusiveMaximum (became numbers) — do not occur; <see cref="Load"/> checks that, so a future schema that uses
///   them fails here instead of being misread;
/// - const (1.23 on) and if/then (1.29) are draft-06/07 keywords: a strict draft-04 validator would ignore them, draft-07
///   enforces them, as Microsoft's own validator does (manifestVersion must be the schema's version);
/// - format is validated, not just annotated (RequireFormatValidation).
/// </summary>
internal static class TeamsSchema
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string Folder => RepoPaths.Fixture("teams", "manifest-schema");

    /// <summary>The schema versions we have, oldest first.</summary>
    public static IReadOnlyList<Version> Versions => [.. Directory.GetFiles(Folder, "MicrosoftTeams.schema.v*.json")
        .Select(f => Version.Parse(Path.GetFileNameWithoutExtension(f)["MicrosoftTeams.schema.v".Length..]))
        .Order()];

    public static JsonSchema Load(string version)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"MicrosoftTeams.schema.v{version}.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", node["$schema"]!.GetValue<string>());
        var changed = DraftFourOnlyKeywords(node, "").ToList();
        Assert.True(changed.Count == 0, "The schema uses keywords whose meaning changed after draft-04: " + string.Join(", ", changed));

        node["$schema"] = Draft07;
        using var document = JsonDocument.Parse(node.ToJsonString());
        return JsonSchema.Build(document.RootElement.Clone(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The problems of a manifest, as "instance location: keyword message" lines; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, string manifestJson)
    {
        using var document = JsonDocument.Parse(manifestJson);
        var results = schema.Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .Distinct()];
    }

    // Walks the schema positions (not property names or enum values) for "id" and boolean exclusiveMinimum/Maximum.
    private static IEnumerable<string> DraftFourOnlyKeywords(JsonNode? node, string path)
    {
        if (node is not JsonObject schema)
        {
            yield break;
        }

        foreach (var (key, value) in schema)
        {
            if (key == "id" || (key is "exclusiveMinimum" or "exclusiveMaximum" && value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False))
            {
                yield return $"{path}/{key}";
            }

            IEnumerable<(JsonNode? Node, string Path)>? children = key switch
            {
                "properties" or "definitions" or "patternProperties" or "dependencies" => (value as JsonObject)?.Select(p => (p.Value, $"{path}/{key}/{p.Key}")),
                "items" when value is JsonArray items => items.Select((s, i) => (s, $"{path}/items/{i}")),
                "items" or "additionalProperties" or "additionalItems" or "not" or "if" or "then" or "else" or "contains" or "propertyNames" => [(value, $"{path}/{key}")],
                "anyOf" or "allOf" or "oneOf" => (value as JsonArray)?.Select((s, i) => (s, $"{path}/{key}/{i}")),
                _ => null,
            };
            foreach (var (child, childPath) in children ?? [])
            {
                foreach (string found in DraftFourOnlyKeywords(child, childPath))
                {
                    yield return found;
                }
            }
        }
    }
}
