using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Web.Lti;

namespace Addin.Web.Manifests;

/// <summary>
/// The JSON configuration of a Canvas LTI 1.3 developer key ("Enter URL" or "Paste JSON"): Addin's URLs, the scopes
/// it asks for, and its placements — course navigation for the recordings, and content selection (deep linking) to
/// place recordings in modules, assignments and the rich content editor.
/// </summary>
public static class CanvasConfiguration
{
    public static string Write(ToolUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var json = new JsonObject
        {
            ["title"] = ToolDescription.Title,
            ["description"] = ToolDescription.Description,
            ["oidc_initiation_url"] = urls.Login.ToString(),
            ["target_link_uri"] = urls.Target.ToString(),
            ["public_jwk_url"] = urls.Jwks.ToString(),
            ["scopes"] = new JsonArray([.. ToolDescription.Scopes.Select(s => JsonValue.Create(s))]),
            ["custom_fields"] = new JsonObject(ToolDescription.CustomParameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
            ["extensions"] = new JsonArray(new JsonObject
            {
                ["platform"] = "canvas.instructure.com",
                ["domain"] = urls.Domain,
                ["privacy_level"] = "public",
                ["settings"] = new JsonObject
                {
                    ["text"] = ToolDescription.Title,
                    ["icon_url"] = urls.Icon.ToString(),
                    ["placements"] = new JsonArray([.. ToolDescription.Placements.Select(p => Placement(p, urls))]),
                },
            }),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Placement(ToolPlacement placement, ToolUrls urls) => new()
    {
        ["placement"] = placement.Canvas,
        ["text"] = placement.Text,
        ["message_type"] = placement.MessageType,
        ["target_link_uri"] = (placement.MessageType == LtiMessageTypes.DeepLinkingRequest ? urls.DeepLinkingTarget : urls.Target).ToString(),
    };
}
