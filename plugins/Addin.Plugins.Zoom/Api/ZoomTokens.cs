using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Addin.Sdk.Http;

namespace Addin.Plugins.Zoom.Api;

/// <summary>
/// Server-to-Server OAuth access tokens (<c>POST oauth/token?grant_type=account_credentials&amp;account_id=…</c> with the
/// client id and secret as Basic credentials), kept until a minute before they expire or until Zoom refuses one.
/// </summary>
internal sealed class ZoomTokens : IDisposable
{
    private readonly ZoomHttp http;
    private readonly ZoomSourceSettings settings;
    private readonly AccessTokenCache cache;

    public ZoomTokens(ZoomHttp http, ZoomSourceSettings settings)
    {
        this.http = http;
        this.settings = settings;
        cache = new AccessTokenCache(FetchAsync, http.Time);
    }

    public Task<string> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(cancellationToken);

    /// <summary>Forgets a token Zoom refused, unless another call already replaced it.</summary>
    public void Invalidate(string refused) => cache.Invalidate(refused);

    public void Dispose() => cache.Dispose();

    private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(settings.OAuthBaseUrl, string.Create(CultureInfo.InvariantCulture,
            $"oauth/token?grant_type=account_credentials&account_id={Uri.EscapeDataString(settings.AccountId!)}"));
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
        using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", basic) },
        }, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            string reason = await ReasonAsync(response, cancellationToken);
            throw new ZoomApiException(
                $"Zoom refused the Server-to-Server OAuth credentials (HTTP {(int)response.StatusCode}{reason}). Check the accountId, clientId and clientSecret settings against the app in the Zoom Marketplace, and that the app is activated.",
                (int)response.StatusCode);
        }

        ZoomToken? token;
        try
        {
            token = await response.Content.ReadFromJsonAsync<ZoomToken>(ZoomJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ZoomApiException("Zoom's token endpoint answered something that is not a token (not JSON).", (int)response.StatusCode, ex);
        }

        if (string.IsNullOrEmpty(token?.AccessToken) || token.ExpiresIn is not > 0)
        {
            throw new ZoomApiException("Zoom's token endpoint answered without access_token or expires_in.", (int)response.StatusCode);
        }

        return new AccessToken(token.AccessToken, http.Time.GetUtcNow().AddSeconds(token.ExpiresIn.Value));
    }

    /// <summary>Zoom's <c>reason</c> or <c>message</c> for a refusal, for the message (never echoes credentials).</summary>
    internal static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            foreach (string name in (string[])["reason", "message"])
            {
                if (body.RootElement.ValueKind == JsonValueKind.Object &&
                    body.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
                    value.GetString() is { Length: > 0 and <= 300 } text)
                {
                    return ": " + text;
                }
            }
        }
        catch (JsonException)
        {
            // No reason to quote.
        }

        return "";
    }
}
