using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Addin.Sdk.Http;
using Addin.Sdk.Transcription;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.OpenAiTranscription.Api;

/// <summary>
/// Posts audio to <c>{baseUrl}audio/transcriptions</c> as OpenAI documents it (multipart: file, model,
/// response_format=verbose_json, timestamp_granularities[]=segment, language, prompt) and reads the segments. A 429
/// waits as <c>Retry-After</c> says and a 5xx backs off (1 s, 2 s, 4 s, …), up to <c>maxAttempts</c>.
/// </summary>
internal sealed partial class TranscriptionsApi(HttpClient http, OpenAiTranscriptionSettings settings, string providerId, TimeProvider time, ILogger logger)
{
    private const int MaxErrorText = 300;

    private Uri Endpoint => new(settings.BaseUrl, string.IsNullOrEmpty(settings.ApiVersion)
        ? "audio/transcriptions"
        : "audio/transcriptions?api-version=" + Uri.EscapeDataString(settings.ApiVersion));

    /// <exception cref="TranscriptionException">The service refused the request or answered something unreadable.</exception>
    /// <exception cref="TranscriptionServiceException">The service stayed unreachable or overloaded.</exception>
    public async Task<VerboseTranscription> TranscribeAsync(byte[] wav, string fileName, string? language, string? prompt, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = Form(wav, fileName, language, prompt) };
            Authorise(request);
            using var response = await SendAsync(request, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return Parse(body);
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests && status < 500)
            {
                throw Refused(response.StatusCode, body);
            }

            var wait = RetryWait.For(response, attempt, settings.MaxRetryWait, time);
            if (attempt >= settings.MaxAttempts || wait > settings.MaxRetryWait)
            {
                string why = response.StatusCode == HttpStatusCode.TooManyRequests
                    ? $"its rate limit (HTTP 429) held after {attempt} attempt(s) and it asks to wait {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
                    : $"it kept failing (HTTP {status}) after {attempt} attempt(s)";
                throw new TranscriptionServiceException($"The transcription service at {Endpoint} is not available: {why}: {ErrorText(body)}. The host tries again later.", status);
            }

            LogRetry(logger, Endpoint, status, wait.TotalSeconds, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private MultipartFormDataContent Form(byte[] wav, string fileName, string? language, string? prompt)
    {
        var audio = new ByteArrayContent(wav);
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var form = new MultipartFormDataContent
        {
            { audio, "file", fileName },
            { new StringContent(settings.Model), "model" },
            { new StringContent("verbose_json"), "response_format" },
            { new StringContent("segment"), "timestamp_granularities[]" },
        };
        if (!string.IsNullOrEmpty(language))
        {
            form.Add(new StringContent(language), "language");
        }

        if (!string.IsNullOrEmpty(prompt))
        {
            form.Add(new StringContent(prompt), "prompt");
        }

        return form;
    }

    private void Authorise(HttpRequestMessage request)
    {
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return;
        }

        if (settings.ApiKeyHeader == "api-key")
        {
            request.Headers.Add("api-key", settings.ApiKey);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TranscriptionServiceException(
                $"The transcription service at {Endpoint} could not be reached ({(ex is OperationCanceledException ? "timed out" : ex.Message)}); check baseUrl and that the service is up. The host tries again later.",
                null, ex);
        }
    }

    private TranscriptionException Refused(HttpStatusCode status, string body) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new TranscriptionException(
            $"The transcription service at {Endpoint} refused the API key (HTTP {(int)status}): {ErrorText(body)}. " +
            $"Check the setting apiKey (for example the environment variable Addin__Providers__Settings__{providerId}__apiKey) and apiKeyHeader."),
        _ => new TranscriptionException(
            $"The transcription service at {Endpoint} refused the audio (HTTP {(int)status}): {ErrorText(body)}. Check the settings model, language and maxChunkBytes."),
    };

    private VerboseTranscription Parse(string body)
    {
        VerboseTranscription? answer;
        try
        {
            answer = JsonSerializer.Deserialize<VerboseTranscription>(body);
        }
        catch (JsonException ex)
        {
            throw new TranscriptionException($"The transcription service at {Endpoint} answered something that is not JSON ({ex.Message}): {Clip(body)}. Check that baseUrl points at an OpenAI-compatible API.", ex);
        }

        if (answer?.Segments is null)
        {
            throw new TranscriptionException(
                $"The transcription service at {Endpoint} answered without segments: {Clip(body)}. Use a model that supports response_format=verbose_json (for example whisper-1).");
        }

        return answer;
    }

    /// <summary>OpenAI's error body is <c>{"error":{"message":…}}</c>; anything else is shown clipped.</summary>
    private static string ErrorText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error))
            {
                return Clip(error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) ? message.ToString() : error.ToString());
            }
        }
        catch (JsonException)
        {
            // Not JSON: shown as it is.
        }

        return body.Length == 0 ? "(no details)" : Clip(body);
    }

    private static string Clip(string text) => text.Length <= MaxErrorText ? text : string.Concat(text.AsSpan(0, MaxErrorText), "…");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcription request to {Endpoint} answered {Status}; retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRetry(ILogger logger, Uri endpoint, int status, double seconds, int attempt);
}
