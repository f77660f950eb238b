using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom.Api;

/// <summary>Zoom's REST API with the Server-to-Server OAuth app's token; a 401 fetches a fresh token once and tries again.</summary>
internal sealed class ZoomApi : IDisposable
{
    private readonly ZoomHttp http;
    private readonly ZoomTokens tokens;
    private readonly ZoomSourceSettings settings;
    private readonly ILogger logger;

    public ZoomApi(HttpClient client, ZoomSourceSettings settings, TimeProvider time, ILogger logger)
    {
        http = new ZoomHttp(client, settings, time, logger);
        tokens = new ZoomTokens(http, settings);
        this.settings = settings;
        this.logger = logger;
    }

    /// <summary>Sends with the app's bearer token; the caller disposes the answer, which may still be a failure other than 401.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        for (bool refreshed = false; ; refreshed = true)
        {
            string token = await tokens.GetAsync(cancellationToken);
            var response = await http.SendAsync(() => WithBearer(create(), token), completion, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized || refreshed)
            {
                return response;
            }

            // The token expired early or was revoked: one fresh token, one more try.
            ZoomLog.RefreshingToken(logger, ZoomHttp.Redact(response.RequestMessage?.RequestUri ?? settings.ApiBaseUrl));
            response.Dispose();
            tokens.Invalidate(token);
        }
    }

    /// <summary>One page of the user's cloud recordings between two dates (UTC, inclusive).</summary>
    public async Task<ZoomRecordingsPage> ListRecordingsAsync(DateOnly from, DateOnly to, string? pageToken, CancellationToken cancellationToken)
    {
        string query = string.Create(CultureInfo.InvariantCulture,
            $"users/{Uri.EscapeDataString(settings.UserId)}/recordings?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&page_size={settings.PageSize}");
        if (!string.IsNullOrEmpty(pageToken))
        {
            query += "&next_page_token=" + Uri.EscapeDataString(pageToken);
        }

        var url = new Uri(settings.ApiBaseUrl, query);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ZoomApiException(
                $"Listing the cloud recordings of Zoom user '{settings.UserId}' failed (HTTP {(int)response.StatusCode}{await ZoomTokens.ReasonAsync(response, cancellationToken)}). " +
                "Check the userId setting and that the app has the scope cloud_recording:read:list_user_recordings (or cloud_recording:read:list_user_recordings:admin).",
                (int)response.StatusCode);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ZoomRecordingsPage>(ZoomJson.Options, cancellationToken)
                   ?? throw new ZoomApiException("Zoom's recordings list was empty (null).");
        }
        catch (JsonException ex)
        {
            throw new ZoomApiException($"Zoom's recordings list is not the documented JSON: {ex.Message}", (int)response.StatusCode, ex);
        }
    }

    public void Dispose() => tokens.Dispose();

    private static HttpRequestMessage WithBearer(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
