using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Addin.Sdk.Http;
using Addin.Sdk.Notifications;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.TeamsWebhook;

/// <summary>
/// Posts each notification to the webhook as an Adaptive Card. A 429 waits as <c>Retry-After</c> says and a 5xx backs
/// off (1 s, 2 s, 4 s, …), up to <see cref="TeamsWebhookSettings.MaxAttempts"/> attempts; any other error fails at once.
/// </summary>
public sealed partial class TeamsWebhookNotifier(HttpClient http, TeamsWebhookSettings settings, TimeProvider time, ILogger<TeamsWebhookNotifier> logger) : INotifier
{
    /// <inheritdoc/>
    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = AdaptiveCardMessage.Create(notification);
        for (int attempt = 1; ; attempt++)
        {
            using var response = await PostAsync(message, cancellationToken);
            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            bool transient = response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500;
            if (!transient)
            {
                throw new TeamsWebhookException(
                    $"The Teams webhook refused the message (HTTP {status}); check that the webhook URL in configuration is current (a removed connector or workflow answers 4xx).", status);
            }

            var wait = RetryWait.For(response, attempt, settings.MaxRetryWait, time);
            if (attempt >= settings.MaxAttempts || wait > settings.MaxRetryWait)
            {
                string why = response.StatusCode == HttpStatusCode.TooManyRequests
                    ? $"Teams' rate limit (HTTP 429) held after {attempt} attempt(s); it asks to wait {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
                    : $"the webhook kept failing (HTTP {status}) after {attempt} attempt(s)";
                throw new TeamsWebhookException($"Posting to the Teams webhook failed: {why}. The host tries again later.", status);
            }

            LogRetrying(logger, status, wait.TotalSeconds, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(System.Text.Json.Nodes.JsonObject message, CancellationToken cancellationToken)
    {
        try
        {
            return await http.PostAsJsonAsync(settings.Url, message, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // HttpRequestException messages may name the URL, which is the webhook's credential: keep only the kind of failure.
            string what = ex is OperationCanceledException ? "timed out" : (ex as HttpRequestException)?.HttpRequestError.ToString() ?? "failed";
            throw new TeamsWebhookException($"The Teams webhook could not be reached ({what}); check the network. The host tries again later.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams webhook answered {Status}; retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRetrying(ILogger logger, int status, double seconds, int attempt);
}
