using System.Text.Json.Nodes;
using Addin.Lti.Login;
using Addin.Lti.Platform;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Services.Tokens;

/// <summary>
/// The JWT a tool authenticates itself with at the platform's token endpoint (RFC 7523 §2.2; 1EdTech Security
/// Framework §4.1): <c>iss</c> = <c>sub</c> = the client id, <c>aud</c> = the authorization server, a fresh
/// <c>jti</c>, short-lived, RS256-signed with the tool's current key and naming it in <c>kid</c>.
/// </summary>
internal static class ClientAssertion
{
    public const string Type = ClientCredentialsRequest.JwtBearerAssertionType;

    public static string Create(string clientId, string audience, RsaSigningKey key, DateTimeOffset now, TimeSpan lifetime)
    {
        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = SecurityAlgorithms.RsaSha256, ["kid"] = key.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = clientId,
            ["sub"] = clientId,
            ["aud"] = audience,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["jti"] = RandomToken.Create(),
        };
        return IdTokenBuilder.SignRaw(header, payload, key);
    }
}
