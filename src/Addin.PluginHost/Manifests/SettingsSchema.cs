using Json.Schema;

namespace Addin.PluginHost.Manifests;

/// <summary>A provider's compiled settings schema and the settings it marks <c>"x-secret": true</c>.</summary>
/// <param name="Compiled">The schema, ready to evaluate settings.</param>
/// <param name="SecretSettings">JSON pointers of the secret settings, for example <c>/apiKey</c>.</param>
internal sealed record SettingsSchema(JsonSchema Compiled, IReadOnlyList<string> SecretSettings);
