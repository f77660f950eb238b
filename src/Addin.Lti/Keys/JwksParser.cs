using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Keys;

/// <summary>Reads a JWKS document (RFC 7517) into RS256 verification keys, refusing keys LTI must not trust.</summary>
internal static class JwksParser
{
    public const int MinimumRsaKeyBits = 2048;

    /// <summary>Throws <see cref="FormatException"/> when the document is not a JWKS.</summary>
    public static JwksSnapshot Parse(string json, DateTimeOffset fetchedAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The key set is not valid JSON.", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("keys", out var keys)
                || keys.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The key set has no \"keys\" array.");
            }

            var usable = new Dictionary<string, List<SecurityKey>>(StringComparer.Ordinal);
            var refused = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var jwk in keys.EnumerateArray())
            {
                if (jwk.ValueKind != JsonValueKind.Object || Text(jwk, "kid") is not { Length: > 0 } kid)
                {
                    continue; // a key without kid can never be selected by an id_token header
                }

                var refusal = Refusal(jwk, out var key);
                if (key is not null)
                {
                    key.KeyId = kid;
                    if (!usable.TryGetValue(kid, out var list))
                    {
                        usable[kid] = list = [];
                    }

                    list.Add(key);
                }
                else
                {
                    refused.TryAdd(kid, refusal!);
                }
            }

            return new JwksSnapshot(
                usable.ToDictionary(p => p.Key, p => (IReadOnlyList<SecurityKey>)p.Value, StringComparer.Ordinal),
                refused.Where(p => !usable.ContainsKey(p.Key)).ToDictionary(StringComparer.Ordinal),
                fetchedAt);
        }
    }

    // Returns why the key is refused, or null with the public key when it is usable.
    // Only n and e are read: private members a careless platform might publish are never used.
    private static string? Refusal(JsonElement jwk, out RsaSecurityKey? key)
    {
        key = null;
        if (Text(jwk, "kty") != "RSA")
        {
            return $"key type '{Text(jwk, "kty")}' is not RSA";
        }

        if (Text(jwk, "use") is { } use && use != "sig")
        {
            return $"use '{use}' is not 'sig'";
        }

        if (Text(jwk, "alg") is { } alg && alg != SecurityAlgorithms.RsaSha256)
        {
            return $"alg '{alg}' is not RS256";
        }

        if (Decode(Text(jwk, "n")) is not { Length: > 0 } modulus || Decode(Text(jwk, "e")) is not { Length: > 0 } exponent)
        {
            return "the RSA modulus (n) or exponent (e) is missing or not base64url";
        }

        var bits = SignificantBits(modulus);
        if (bits < MinimumRsaKeyBits)
        {
            return $"the RSA key has {bits} bits; at least {MinimumRsaKeyBits} are required";
        }

        key = new RsaSecurityKey(new RSAParameters { Modulus = TrimLeadingZeros(modulus), Exponent = exponent });
        return null;
    }

    private static string? Text(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[]? Decode(string? base64Url)
    {
        if (base64Url is null || !Base64Url.IsValid(base64Url))
        {
            return null;
        }

        return Base64Url.DecodeFromChars(base64Url);
    }

    private static byte[] TrimLeadingZeros(byte[] bigEndian)
    {
        var first = Array.FindIndex(bigEndian, b => b != 0);
        return first <= 0 ? bigEndian : bigEndian[first..];
    }

    private static int SignificantBits(byte[] bigEndian)
    {
        var first = Array.FindIndex(bigEndian, b => b != 0);
        return first < 0 ? 0 : ((bigEndian.Length - first - 1) * 8) + (8 - byte.LeadingZeroCount(bigEndian[first]));
    }
}
