using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Addin.Sdk.Plugins;

/// <summary>What the host gives a provider when it creates it for a platform.</summary>
public sealed class ProviderContext
{
    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The provider's id as declared in <c>plugin.json</c>.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The platform (institution registration) the provider works for.</summary>
    public required string PlatformKey { get; init; }

    /// <summary>The provider's settings for this platform, already validated against the manifest's schema.</summary>
    public required JsonElement Settings { get; init; }

    /// <summary>Logging. Never log secrets or personal data beyond identifiers.</summary>
    public required ILoggerFactory LoggerFactory { get; init; }

    /// <summary>Creates HTTP clients with the host's timeouts and retry policy for transient failures.</summary>
    public required Func<HttpClient> CreateHttpClient { get; init; }

    /// <summary>The clock. Providers never read the system clock directly.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>A folder the provider may write to, private to it and to this platform.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The host's data folder, for providers whose settings name paths relative to it.</summary>
    public required string HostDataDirectory { get; init; }

    /// <summary>Reads the settings into a typed record.</summary>
    /// <exception cref="ProviderSettingsException">The settings do not fit <typeparamref name="T"/>.</exception>
    public T GetSettings<T>()
        where T : new()
    {
        if (Settings.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return new T();
        }

        try
        {
            return Settings.Deserialize<T>(SettingsJson) ?? new T();
        }
        catch (JsonException ex)
        {
            throw new ProviderSettingsException(ProviderId, JsonPathToPointer(ex.Path), ex.Message, ex);
        }
    }

    /// <summary>Turns System.Text.Json's <c>$.a.b[0]</c> into the JSON pointer <c>/a/b/0</c> used everywhere else.</summary>
    private static string JsonPathToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        return path.TrimStart('$').Replace("['", "/", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal)
            .Replace('.', '/').Replace('[', '/').Replace("]", "", StringComparison.Ordinal);
    }
}
