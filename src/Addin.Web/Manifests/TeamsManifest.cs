using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Web.Lti;
using Addin.Web.Teams;

namespace Addin.Web.Manifests;

/// <summary>
/// The Microsoft Teams app manifest (<c>manifest.json</c> of the app package): a configurable tab for teams and group
/// chats that shows the team's course, a personal tab with the person's recordings, and the Entra ID app the tab signs
/// people in with (single sign-on).
/// </summary>
public static class TeamsManifest
{
    /// <summary>The manifest schema version: the newest in tests/fixtures/teams/manifest-schema, which a test checks.</summary>
    public const string ManifestVersion = "1.29";

    /// <summary>The app package's version; raise it when the manifest changes, so Teams offers the update.</summary>
    public const string AppVersion = "1.0.0";

    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    /// <summary>The personal tab's entity id.</summary>
    public const string PersonalTabId = "my-recordings";

    public static string SchemaUrl => $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json";

    public static string Write(ToolUrls urls, TeamsOptions teams)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(teams);
        string clientId = teams.IsConfigured ? teams.ClientId!.Trim() : TeamsOptions.PlaceholderClientId;
        var json = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = AppVersion,
            ["id"] = AppId(urls.Base, teams),
            ["developer"] = new JsonObject
            {
                ["name"] = teams.DeveloperName,
                ["websiteUrl"] = (teams.WebsiteUrl ?? urls.Base).ToString(),
                ["privacyUrl"] = (teams.PrivacyUrl ?? urls.Base).ToString(),
                ["termsOfUseUrl"] = (teams.TermsOfUseUrl ?? urls.Base).ToString(),
            },
            ["name"] = new JsonObject
            {
                ["short"] = ToolDescription.Title,
                ["full"] = $"{ToolDescription.Title}: session recordings",
            },
            ["description"] = new JsonObject
            {
                ["short"] = "Your class's session recordings, with captions and transcripts.",
                ["full"] = ToolDescription.Description +
                           " In a team, the tab shows the course the team's owner linked it to; the personal tab lists your courses.",
            },
            ["icons"] = new JsonObject
            {
                ["color"] = ColorIcon,
                ["outline"] = OutlineIcon,
            },
            ["accentColor"] = TeamsIcons.AccentColor,
            ["configurableTabs"] = new JsonArray(new JsonObject
            {
                ["configurationUrl"] = TeamsRoutes.Configure(urls.Base).ToString(),
                ["canUpdateConfiguration"] = true,
                ["scopes"] = new JsonArray("team", "groupChat"),
            }),
            ["staticTabs"] = new JsonArray(new JsonObject
            {
                ["entityId"] = PersonalTabId,
                ["name"] = "My recordings",
                ["contentUrl"] = TeamsRoutes.Tab(urls.Base).ToString(),
                ["scopes"] = new JsonArray("personal"),
            }),
            ["permissions"] = new JsonArray("identity"),
            ["validDomains"] = new JsonArray(urls.Domain),
            ["webApplicationInfo"] = new JsonObject
            {
                ["id"] = clientId,
                ["resource"] = Resource(urls.Base, clientId),
            },
            ["showLoadingIndicator"] = false,
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The Application ID URI the Entra app exposes, and the audience of the tab's tokens: <c>api://{host}/{client id}</c>.</summary>
    public static string Resource(Uri baseUrl, string clientId)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"api://{baseUrl.Authority.ToLowerInvariant()}/{clientId}";
    }

    /// <summary>The Teams app id: configured, or a name-based GUID (RFC 9562 version 5) of Addin's host, stable per installation.</summary>
    public static string AppId(Uri baseUrl, TeamsOptions teams)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(teams);
        if (teams.AppId is { Length: > 0 } configured)
        {
            return Guid.Parse(configured).ToString("D");
        }

        // SHA-1 of a namespace and the name, version and variant bits set: the same host always gives the same id.
        byte[] name = Encoding.UTF8.GetBytes("addin-teams-app:" + baseUrl.Authority.ToLowerInvariant());
        byte[] input = [.. Namespace.ToByteArray(bigEndian: true), .. name];
#pragma warning disable CA5350 // SHA-1 makes a name-based UUID (RFC 9562 §5.5); it protects nothing
        byte[] hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    // The URL namespace of RFC 9562 (6ba7b811-…).
    private static readonly Guid Namespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
}
