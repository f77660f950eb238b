using System.Text.Json;
using System.Text.Json.Serialization;
using Addin.Sdk.Summaries;

namespace Addin.Core.Recaps;

/// <summary>How a recap is stored: the SDK record as JSON, enums by name, so a stored version reads the same after an SDK update.</summary>
public static class RecapJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(Recap recap) => JsonSerializer.Serialize(recap, Options);

    /// <exception cref="JsonException">The stored text is not a recap.</exception>
    public static Recap Read(string json) =>
        JsonSerializer.Deserialize<Recap>(json, Options) ?? throw new JsonException("The stored recap is empty.");
}
