using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Addin.Plugins.Zoom.Webhooks;

/// <summary>
/// Zoom's webhook signature: <c>x-zm-signature</c> is <c>v0=</c> + hex(HMAC-SHA256(secret token,
/// <c>v0:{x-zm-request-timestamp}:{raw body}</c>)); the URL validation answer is hex(HMAC-SHA256(secret token, plainToken)).
/// </summary>
internal static class ZoomSignature
{
    public const string SignatureHeader = "x-zm-signature";
    public const string TimestampHeader = "x-zm-request-timestamp";

    /// <summary>How old (or how far in the future) a signed request may be; older ones are taken for replays.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    /// <summary>The signature Zoom sends for a body at a timestamp (epoch seconds, as sent).</summary>
    public static string Sign(string secretToken, string timestamp, ReadOnlySpan<byte> body) =>
        $"{Version}={Convert.ToHexStringLower(Mac(secretToken, SignedBytes(timestamp, body)))}";

    /// <summary>The <c>encryptedToken</c> that answers an <c>endpoint.url_validation</c> request.</summary>
    public static string EncryptToken(string secretToken, string plainToken) =>
        Convert.ToHexStringLower(Mac(secretToken, Encoding.UTF8.GetBytes(plainToken)));

    /// <summary>Checks a request's signature headers; returns null when it is genuine and fresh, otherwise why not.</summary>
    public static string? Verify(string secretToken, string? signature, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return $"the {SignatureHeader} or {TimestampHeader} header is missing";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds > 253402300799)
        {
            return $"the {TimestampHeader} header is not a Unix time in seconds";
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > Tolerance)
        {
            return $"the request was signed {Describe(age)}, outside the {Tolerance.TotalMinutes:0} minutes allowed (a replayed or delayed request)";
        }

        byte[] expected = Encoding.ASCII.GetBytes(Sign(secretToken, timestamp, body));
        byte[] actual = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? null
            : $"the {SignatureHeader} signature does not match the body (a wrong secret token, or a body changed on the way)";
    }

    private static string Describe(TimeSpan age) => age >= TimeSpan.Zero
        ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalMinutes:0} minutes ago")
        : string.Create(CultureInfo.InvariantCulture, $"{-age.TotalMinutes:0} minutes in the future");

    private static byte[] SignedBytes(string timestamp, ReadOnlySpan<byte> body)
    {
        byte[] prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        byte[] message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return message;
    }

    private static byte[] Mac(string secretToken, byte[] message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), message);
}
