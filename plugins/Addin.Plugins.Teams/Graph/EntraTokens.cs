using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;
using Addin.Sdk.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Plugins.Teams.Graph;

/// <summary>
/// App-only access tokens for Graph from the Microsoft identity platform (client credentials grant, with the client
/// secret or a certificate-signed client assertion), kept until a minute before they expire or until Graph refuses one.
/// </summary>
internal sealed class EntraTokens : IDisposable
{
    public const string GraphScope = "https://graph.microsoft.com/.default";
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private readonly HttpClient http;
    private readonly TeamsSourceSettings settings;
    private readonly X509Certificate2? certificate;
    private readonly TimeProvider time;
    private readonly AccessTokenCache cache;

    public EntraTokens(HttpClient http, TeamsSourceSettings settings, X509Certificate2? certificate, TimeProvider time)
    {
        this.http = http;
        this.settings = settings;
        this.certificate = certificate;
        this.time = time;
        cache = new AccessTokenCache(FetchAsync, time);
    }

    public Uri TokenEndpoint => new(settings.LoginBaseUrl, $"{Uri.EscapeDataString(settings.TenantId!)}/oauth2/v2.0/token");

    public Task<string> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(cancellationToken);

    /// <summary>Forgets a token Graph refused, unless another call already replaced it.</summary>
    public void Invalidate(string refused) => cache.Invalidate(refused);

    public void Dispose()
    {
        cache.Dispose();
        certificate?.Dispose();
    }

    private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["client_id"] = settings.ClientId!,
            ["scope"] = GraphScope,
            ["grant_type"] = "client_credentials",
        };
        if (certificate is null)
        {
            form["client_secret"] = settings.ClientSecret!;
        }
        else
        {
            form["client_assertion_type"] = AssertionType;
            form["client_assertion"] = Assertion(certificate);
        }

        using var response = await http.PostAsync(TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        EntraToken? token = null;
        try
        {
            token = await response.Content.ReadFromJsonAsync<EntraToken>(cancellationToken);
        }
        catch (JsonException)
        {
            // Reported below.
        }

        if (!response.IsSuccessStatusCode)
        {
            string reason = token?.ErrorDescription is { Length: > 0 } text ? ": " + text.Split('\n')[0].Trim() : "";
            throw new TeamsApiException(
                $"The Microsoft identity platform refused the app's credentials (HTTP {(int)response.StatusCode}{reason}). " +
                "Check the tenantId, clientId and clientSecret (or certificatePath) settings against the app registration in Microsoft Entra ID.",
                (int)response.StatusCode);
        }

        if (string.IsNullOrEmpty(token?.AccessToken) || token.ExpiresIn is not > 0)
        {
            throw new TeamsApiException("The token endpoint answered without access_token or expires_in.", (int)response.StatusCode);
        }

        return new AccessToken(token.AccessToken, time.GetUtcNow().AddSeconds(token.ExpiresIn.Value));
    }

    /// <summary>The signed JWT the identity platform takes instead of a secret (aud: the token endpoint; iss and sub: the app).</summary>
    private string Assertion(X509Certificate2 signer)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.ClientId,
            Audience = TokenEndpoint.AbsoluteUri,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = settings.ClientId!,
                ["jti"] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new X509SigningCredentials(signer, SecurityAlgorithms.RsaSha256),
        });
    }

    private sealed record EntraToken(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
