using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Platform;

namespace Addin.Lti.Tests.Support;

/// <summary>Re-signs third-party payloads for a login of the harness, the way their own test harnesses do.</summary>
internal static class FixturePayloads
{
    public static JsonObject Load(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!.AsObject(); // File.ReadAllText drops the UTF-8 BOM some fixtures have

    /// <summary>
    /// Binds the payload to this login (nonce, target_link_uri if present) and makes it fresh (iat now, exp in 5
    /// minutes) unless <paramref name="keep"/> names a claim to leave as it is, then signs it with the platform key.
    /// </summary>
    public static string SignFor(LaunchHarness h, PendingLogin login, JsonObject payload, JsonObject? header = null, IReadOnlyCollection<string>? keep = null)
    {
        keep ??= [];
        var now = h.Time.GetUtcNow();
        payload[LtiClaimNames.Nonce] = login.Nonce;
        if (!keep.Contains(LtiClaimNames.IssuedAt))
        {
            payload[LtiClaimNames.IssuedAt] = now.ToUnixTimeSeconds();
        }

        if (!keep.Contains(LtiClaimNames.ExpiresAt))
        {
            payload[LtiClaimNames.ExpiresAt] = now.AddMinutes(5).ToUnixTimeSeconds();
        }

        if (payload.ContainsKey(LtiClaimNames.TargetLinkUri) && !ToolOwns(h, payload[LtiClaimNames.TargetLinkUri]))
        {
            payload[LtiClaimNames.TargetLinkUri] = login.TargetLinkUri;
        }

        header ??= new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = LaunchHarness.PlatformKey.KeyId };
        return IdTokenBuilder.SignRaw(header, payload, LaunchHarness.PlatformKey);
    }

    private static bool ToolOwns(LaunchHarness h, JsonNode? targetLinkUri) =>
        targetLinkUri?.GetValue<string>() is { } uri && uri.StartsWith(h.Options.ToolBase.AbsoluteUri, StringComparison.Ordinal);
}
