using System.Text.Json;
using System.Text.Json.Serialization;

namespace Addin.PluginHost.Manifests;

/// <summary>How <c>plugin.json</c> is read: comments and trailing commas are tolerated, kinds are kebab-case names.</summary>
internal static class ManifestJson
{
    public static readonly JsonDocumentOptions Document = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static readonly JsonSerializerOptions Serializer = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
