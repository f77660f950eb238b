using System.Text.Json;

namespace Addin.Lti.Platform;

/// <summary>Writes the JWKS document a platform (or the tool, see <c>ToolKeyRing</c>) publishes at its JWKS URL.</summary>
public static class JwksDocument
{
    /// <summary>
    /// <c>{"keys":[{"kty","e","n","kid","alg":"RS256","use":"sig"}]}</c>: exactly these members, taken from the
    /// public halves, so no private parameter can ever be published.
    /// </summary>
    public static string Write(IEnumerable<RsaSigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in keys)
            {
                var jwk = key.ToPublicJwk();
                json.WriteStartObject();
                json.WriteString("kty", jwk.Kty);
                json.WriteString("e", jwk.E);
                json.WriteString("n", jwk.N);
                json.WriteString("kid", jwk.Kid);
                json.WriteString("alg", jwk.Alg);
                json.WriteString("use", jwk.Use);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
