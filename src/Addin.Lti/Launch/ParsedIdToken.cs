using System.Buffers.Text;
using System.Text.Json;
using Addin.Lti.Claims;

namespace Addin.Lti.Launch;

/// <summary>A compact JWS split into its decoded header and payload. Nothing in it is verified yet.</summary>
internal sealed class ParsedIdToken : IDisposable
{
    // Far above any real launch (Canvas sends about 5 KB), far below what could hurt.
    private const int MaxLength = 256 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false };

    private readonly JsonDocument _header;
    private readonly JsonDocument _payload;

    private ParsedIdToken(string compact, JsonDocument header, JsonDocument payload)
    {
        Compact = compact;
        _header = header;
        _payload = payload;
        Header = new ClaimSet(header.RootElement, "header.");
        Payload = new ClaimSet(payload.RootElement);
    }

    public string Compact { get; }

    public ClaimSet Header { get; }

    public ClaimSet Payload { get; }

    /// <summary>Throws <see cref="LtiValidationException"/> (<see cref="LtiErrorCode.MalformedToken"/>) unless this is a compact JWS of JSON objects.</summary>
    /// <param name="idToken">The posted token.</param>
    /// <param name="tokenName">How messages name the token, e.g. <c>id_token</c> or <c>deep linking response JWT</c>.</param>
    public static ParsedIdToken Parse(string? idToken, string tokenName = "id_token")
    {
        if (string.IsNullOrWhiteSpace(idToken))
        {
            throw Malformed(tokenName == "id_token" ? "No id_token was posted to the launch URL." : $"No {tokenName} was posted.");
        }

        if (idToken.Length > MaxLength)
        {
            throw Malformed($"The {tokenName} is longer than {MaxLength} characters.");
        }

        var parts = idToken.Split('.');
        if (parts.Length != 3)
        {
            throw Malformed($"The {tokenName} has {parts.Length} dot-separated parts; a signed JWT (compact JWS) has 3.");
        }

        var header = DecodeJsonObject(parts[0], tokenName + " header");
        JsonDocument payload;
        try
        {
            payload = DecodeJsonObject(parts[1], tokenName + " payload");
        }
        catch
        {
            header.Dispose();
            throw;
        }

        var token = new ParsedIdToken(idToken, header, payload);
        try
        {
            CheckRegisteredClaimTypes(token.Payload);
            return token;
        }
        catch
        {
            token.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _header.Dispose();
        _payload.Dispose();
    }

    // RFC 7519 §4.1 types. Checked up front so a mistyped claim is reported as such, not as a signature failure
    // when the token handler cannot read it.
    private static void CheckRegisteredClaimTypes(ClaimSet payload)
    {
        payload.String(LtiClaimNames.Issuer);
        payload.String(LtiClaimNames.Subject);
        payload.String(LtiClaimNames.AuthorizedParty);
        payload.String(LtiClaimNames.Nonce);
        payload.StringArray(LtiClaimNames.Audience);
        payload.NumericDate(LtiClaimNames.ExpiresAt);
        payload.NumericDate(LtiClaimNames.IssuedAt);
        payload.NumericDate("nbf");
    }

    private static JsonDocument DecodeJsonObject(string part, string name)
    {
        if (part.Length == 0 || !Base64Url.IsValid(part))
        {
            throw Malformed($"The {name} is not base64url.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Base64Url.DecodeFromChars(part), JsonOptions);
        }
        catch (JsonException)
        {
            throw Malformed($"The {name} is not valid JSON (or repeats a member name).");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw Malformed($"The {name} is not a JSON object.");
        }

        return document;
    }

    private static LtiValidationException Malformed(string message) => new(LtiErrorCode.MalformedToken, message);
}
