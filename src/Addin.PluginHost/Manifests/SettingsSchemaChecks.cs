using System.Text.Json;
using Addin.PluginHost.Schemas;
using Json.Schema;

namespace Addin.PluginHost.Manifests;

/// <summary>Checks one provider's <c>settingsSchema</c> and <c>defaultSettings</c>: the schema compiles, secrets have no defaults, the defaults fit.</summary>
internal static class SettingsSchemaChecks
{
    /// <summary>Checks the provider's settings schema and defaults.</summary>
    /// <returns>JSON pointers of the settings marked secret (for example <c>/apiKey</c>), or null when the schema does not compile.</returns>
    public static IReadOnlyList<string>? Check(ProviderManifest provider, string providerPointer, string manifestPath, List<PluginProblem> problems)
    {
        string schemaPointer = providerPointer + "/settingsSchema";
        if (!SchemaCompiler.TryCompile(provider.SettingsSchema, out var compiled, out string error, out string location))
        {
            problems.Add(new(manifestPath, schemaPointer + location, $"settingsSchema is not a valid JSON Schema: {error}",
                "correct it against JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12/json-schema-validation); an editor that knows JSON Schema shows the mistake as you type"));
            return null;
        }

        var finder = new SecretFinder(manifestPath, problems);
        finder.Visit(provider.SettingsSchema, schemaPointer, "");
        CheckDefaults(provider, compiled, providerPointer, manifestPath, finder.Secrets, problems);
        return finder.Secrets;
    }

    private static void CheckDefaults(ProviderManifest provider, JsonSchema compiled, string providerPointer, string manifestPath, List<string> secrets, List<PluginProblem> problems)
    {
        string defaultsPointer = providerPointer + "/defaultSettings";
        var defaults = provider.DefaultSettings ?? JsonElement.Parse("{}");
        foreach (string secret in secrets)
        {
            if (Json.Pointer.JsonPointer.Parse(secret).Evaluate(defaults) is not null)
            {
                problems.Add(new(manifestPath, defaultsPointer + secret, "defaultSettings gives a value for a secret setting",
                    "remove it from defaultSettings: secrets come from each platform's configuration, never from plugin.json"));
            }
        }

        try
        {
            // Evaluated even without defaults: this is where a $ref that leads nowhere shows up.
            // Defaults are partial: a setting each platform must give (a URL, a key) has none.
            var found = SchemaProblems.Find(compiled, provider.SettingsSchema, defaults, manifestPath, defaultsPointer, partial: true);
            if (provider.DefaultSettings is not null)
            {
                problems.AddRange(found);
            }
        }
        catch (JsonSchemaException ex)
        {
            problems.Add(new(manifestPath, providerPointer + "/settingsSchema", $"settingsSchema cannot be used: {ex.Message.TrimEnd('.')}",
                "point every \"$ref\" at a definition inside the schema (for example \"#/$defs/duration\"); remote schemas are never downloaded"));
        }
    }

    /// <summary>
    /// Finds the settings marked <c>"x-secret": true</c>. It follows "properties" from the root so each secret is known by
    /// its settings path; other subschemas are still searched for secrets with defaults, without tracking their path.
    /// </summary>
    private sealed class SecretFinder(string manifestPath, List<PluginProblem> problems)
    {
        private static readonly string[] DataKeywords = ["default", "const", "enum", "examples"];

        public List<string> Secrets { get; } = [];

        public void Visit(JsonElement schema, string schemaPointer, string? settingPointer)
        {
            if (schema.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var item in schema.EnumerateArray())
                {
                    Visit(item, JsonPointers.Append(schemaPointer, index++), null);
                }

                return;
            }

            if (schema.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (schema.TryGetProperty("x-secret", out var secret))
            {
                CheckSecret(schema, secret, schemaPointer, settingPointer);
            }

            foreach (var keyword in schema.EnumerateObject().Where(k => !DataKeywords.Contains(k.Name)))
            {
                string pointer = JsonPointers.Append(schemaPointer, keyword.Name);
                if (keyword.Name == "properties" && keyword.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        Visit(property.Value, JsonPointers.Append(pointer, property.Name), settingPointer is null ? null : JsonPointers.Append(settingPointer, property.Name));
                    }
                }
                else
                {
                    Visit(keyword.Value, pointer, null);
                }
            }
        }

        private void CheckSecret(JsonElement schema, JsonElement secret, string schemaPointer, string? settingPointer)
        {
            if (secret.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add(new(manifestPath, schemaPointer + "/x-secret", $"\"x-secret\" is {SchemaProblems.KindName(secret.ValueKind)} but must be true or false",
                    "write \"x-secret\": true on settings that hold secrets (keys, passwords, tokens), or remove it"));
                return;
            }

            if (secret.ValueKind == JsonValueKind.False)
            {
                return;
            }

            if (schema.TryGetProperty("default", out _))
            {
                problems.Add(new(manifestPath, schemaPointer + "/default", "a secret setting has a default value",
                    "remove \"default\": secrets come from each platform's configuration (user secrets, environment variables, a key vault), never from plugin.json"));
            }

            if (settingPointer is not null)
            {
                Secrets.Add(settingPointer);
            }
        }
    }
}
