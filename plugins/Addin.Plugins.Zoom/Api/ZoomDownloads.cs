using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom.Api;

/// <summary>
/// Downloads recording files: with the webhook event's <c>download_token</c> when the recording came with one, and with
/// the OAuth app's token when it did not or when Zoom refuses the download token (it lasts 24 hours).
/// </summary>
internal sealed class ZoomDownloads(HttpClient client, ZoomSourceSettings settings, ZoomApi? api, TimeProvider time, ILogger logger)
{
    private readonly ZoomHttp http = new(client, settings, time, logger);

    /// <summary>Opens the file at <paramref name="url"/>; the caller disposes the answer, which is always a success.</summary>
    public async Task<HttpResponseMessage> GetAsync(Uri url, string? downloadToken, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(downloadToken))
        {
            var response = await http.SendAsync(() => Get(url, downloadToken), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode || api is null || response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                return await SucceededAsync(response, url, cancellationToken);
            }

            ZoomLog.DownloadTokenRefused(logger, ZoomHttp.Redact(url), (int)response.StatusCode);
            response.Dispose();
        }

        if (api is null)
        {
            throw new ZoomApiException(
                $"{ZoomHttp.Redact(url)} cannot be downloaded: the recording came without a download token and no Server-to-Server OAuth app is configured (accountId, clientId, clientSecret).");
        }

        return await SucceededAsync(
            await api.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, cancellationToken),
            url,
            cancellationToken);
    }

    private static async Task<HttpResponseMessage> SucceededAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string hint = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    " The download token has expired and the OAuth app may not read recordings: give it the scope cloud_recording:read:recording (or :admin).",
                HttpStatusCode.NotFound => " The recording may have been deleted in Zoom.",
                _ => "",
            };
            throw new ZoomApiException(
                $"Downloading {ZoomHttp.Redact(url)} failed (HTTP {(int)response.StatusCode}{await ZoomTokens.ReasonAsync(response, cancellationToken)}).{hint}",
                (int)response.StatusCode);
        }
    }

    private static HttpRequestMessage Get(Uri url, string token) => new(HttpMethod.Get, url)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
