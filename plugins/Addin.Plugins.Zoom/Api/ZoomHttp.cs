using System.Globalization;
using System.Net;
using Addin.Sdk.Http;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom.Api;

/// <summary>
/// Sends requests to Zoom. A 429 waits as <c>Retry-After</c> says and a 5xx backs off (1 s, 2 s, 4 s, …), both up to
/// <see cref="ZoomSourceSettings.MaxAttempts"/> attempts and never longer than <see cref="ZoomSourceSettings.MaxRetryWait"/>
/// a wait; then the call fails with a <see cref="ZoomApiException"/>. Any other answer goes back to the caller.
/// </summary>
internal sealed class ZoomHttp(HttpClient http, ZoomSourceSettings settings, TimeProvider time, ILogger logger)
{
    public TimeProvider Time => time;

    /// <summary>Sends the request <paramref name="create"/> builds (again for each attempt); the caller disposes the answer.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var request = create();
            string call = $"{request.Method} {Redact(request.RequestUri!)}";
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, completion, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new ZoomApiException($"{call} could not be sent ({(ex is OperationCanceledException ? "timed out" : ex.Message)}); check that Zoom is reachable. The host tries again later.", null, ex);
            }

            int status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.TooManyRequests && status < 500)
            {
                return response;
            }

            using (response)
            {
                var wait = RetryWait.For(response, attempt, settings.MaxRetryWait, time);
                if (attempt >= settings.MaxAttempts || wait > settings.MaxRetryWait)
                {
                    string why = response.StatusCode == HttpStatusCode.TooManyRequests
                        ? $"Zoom's rate limit (HTTP 429) held after {attempt} attempt(s); it asks to wait {Describe(wait)}"
                        : $"Zoom kept failing (HTTP {status}) after {attempt} attempt(s)";
                    throw new ZoomApiException($"{call} failed: {why}. The host tries again later.", status);
                }

                ZoomLog.Retrying(logger, call, status, wait.TotalSeconds, attempt);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    /// <summary>A URL for messages: without its query, which may carry tokens.</summary>
    public static string Redact(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static string Describe(TimeSpan wait) => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalSeconds):0} s");
}
