using System.Net;
using Addin.Sdk.Http;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams.Graph;

/// <summary>
/// Asks again when Graph or the token endpoint answers 429 (waiting as <c>Retry-After</c> says) or 5xx (backing off 1 s,
/// 2 s, 4 s, …), up to <see cref="TeamsSourceSettings.MaxAttempts"/> attempts and never a wait longer than
/// <see cref="TeamsSourceSettings.MaxRetryWait"/>; then the last answer goes back to the caller, which reports it.
/// </summary>
/// <remarks>Replaces the Graph SDK's own retry handler, which waits on the system clock instead of the injected one.</remarks>
internal sealed class GraphRetryHandler(TeamsSourceSettings settings, TimeProvider time, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (int attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new TeamsApiException(
                    $"{Describe(request)} could not be sent ({(ex is OperationCanceledException ? "timed out" : ex.Message)}); check that Microsoft Graph is reachable. The host tries again later.",
                    null, ex);
            }

            int status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.TooManyRequests && status < 500)
            {
                return response;
            }

            var wait = RetryWait.For(response, attempt, settings.MaxRetryWait, time);
            if (attempt >= settings.MaxAttempts || wait > settings.MaxRetryWait)
            {
                return response;
            }

            response.Dispose();
            TeamsLog.Retrying(logger, Describe(request), status, wait.TotalSeconds, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>A request for messages: its method and URL without the query, which may carry skip tokens.</summary>
    public static string Describe(HttpRequestMessage request) => $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
}
