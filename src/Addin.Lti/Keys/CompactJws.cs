using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Platform;

namespace Addin.Lti.Keys;

/// <summary>Writes compact JWS strings (RFC 7515 §7.1): <c>base64url(header).base64url(payload).base64url(signature)</c>.</summary>
internal static class CompactJws
{
    /// <summary>Signs exactly this header and payload with RS256, whatever the header says.</summary>
    public static string SignRs256(JsonObject header, JsonObject payload, RsaSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signingInput = SigningInput(header, payload);
        return signingInput + "." + Base64Url.EncodeToString(key.SignRs256(Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary><c>header.payload.</c> with an empty signature.</summary>
    public static string EncodeUnsigned(JsonObject header, JsonObject payload) => SigningInput(header, payload) + ".";

    /// <summary>The usual header of an RS256 token: <c>{"typ":"JWT","alg":"RS256","kid":…}</c>.</summary>
    public static JsonObject Rs256Header(string keyId) => new() { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = keyId };

    private static string SigningInput(JsonObject header, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(payload);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()))
            + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }
}
