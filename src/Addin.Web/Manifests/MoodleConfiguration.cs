using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Web.Lti;

namespace Addin.Web.Manifests;

/// <summary>
/// What a Moodle administrator enters under Site administration → Plugins → Activity modules → External tool →
/// Manage tools: the dynamic registration URL ("Tool URL…" → Add LTI Advantage), or, by hand, these fields of
/// "configure a tool manually", by their labels in Moodle 4.x.
/// </summary>
public static class MoodleConfiguration
{
    public static string Write(ToolUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var json = new JsonObject
        {
            ["dynamicRegistrationUrl"] = urls.Registration.ToString(),
            ["manual"] = new JsonObject
            {
                ["Tool name"] = ToolDescription.Title,
                ["Tool URL"] = urls.Target.ToString(),
                ["Tool description"] = ToolDescription.Description,
                ["LTI version"] = "LTI 1.3",
                ["Public key type"] = "Keyset URL",
                ["Public keyset"] = urls.Jwks.ToString(),
                ["Initiate login URL"] = urls.Login.ToString(),
                ["Redirection URI(s)"] = urls.Launch.ToString(),
                ["Custom parameters"] = string.Join('\n', ToolDescription.CustomParameters.Select(p => $"{p.Key}={p.Value}")),
                ["Supports Deep Linking (Content-Item Message)"] = true,
                ["Content Selection URL"] = urls.DeepLinkingTarget.ToString(),
                ["IMS LTI Assignment and Grade Services"] = "Use this service for grade sync and column management",
                ["IMS LTI Names and Role Provisioning"] = "Use this service to retrieve members' information as per privacy settings",
                ["Share launcher's name with tool"] = "Always",
                ["Share launcher's email with tool"] = "Always",
            },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
