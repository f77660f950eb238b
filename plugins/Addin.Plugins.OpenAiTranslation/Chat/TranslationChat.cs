using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Addin.Sdk.Http;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatCompletion = OpenAI.Chat.ChatCompletion;
using ChatFinishReason = OpenAI.Chat.ChatFinishReason;

namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>
/// Asks the chat endpoint to translate one batch of lines, sent as numbered JSON with JSON-schema structured output. An
/// answer that is not JSON, has another number of lines or was cut off is asked for once more with what was wrong; a 429
/// waits as <c>Retry-After</c> says and a 5xx backs off, up to <c>maxAttempts</c>.
/// </summary>
internal sealed partial class TranslationChat(IChatCompletionService chat, OpenAiTranslationSettings settings, string providerId, TimeProvider time, ILogger logger)
{
    private const int MaxShownText = 300;

    private string Completions => settings.Endpoint.AbsoluteUri.TrimEnd('/') + "/chat/completions";

    /// <exception cref="TranslationAnswerException">The endpoint refused the request or twice answered something unusable.</exception>
    /// <exception cref="TranslationServiceException">The endpoint stayed unreachable or overloaded.</exception>
    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> lines, string fromLanguage, string toLanguage, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(TranslationPrompt.System(fromLanguage, toLanguage));
        history.AddUserMessage(NumberedLines.From(lines).ToJson());
        for (int ask = 1; ; ask++)
        {
            var message = await CompleteAsync(history, cancellationToken);
            bool truncated = (message.InnerContent as ChatCompletion)?.FinishReason == ChatFinishReason.Length;
            var (texts, problem) = truncated
                ? (null, "it was cut off at the model's output limit (finish_reason \"length\")")
                : AnswerCheck.Read(message.Content, lines);
            if (texts is not null)
            {
                return texts;
            }

            if (ask == 2)
            {
                throw new TranslationAnswerException(
                    $"The chat endpoint {Completions} (model {settings.Model}) twice answered something that is not the {lines.Count} lines translated into {toLanguage}: {problem}. " +
                    $"Its last answer began: {Clip(message.Content ?? "")}. " +
                    (truncated
                        ? "Lower linesPerRequest, or use a model with a larger output limit."
                        : "Lower linesPerRequest, or use a model that supports JSON-schema structured output (for example gpt-4o-mini, or a recent Ollama or vLLM)."));
            }

            LogRepair(logger, Completions, problem!);
            history.AddAssistantMessage(message.Content ?? "");
            history.AddUserMessage(TranslationPrompt.Repair(problem!, lines.Count));
        }
    }

    private OpenAIPromptExecutionSettings Execution() => new()
    {
        // Sent as response_format {"type":"json_schema", "json_schema":{"name":"NumberedLines", "strict":true, "schema":…}}.
        ResponseFormat = typeof(NumberedLines),
        Temperature = settings.Temperature,
    };

    private async Task<ChatMessageContent> CompleteAsync(ChatHistory history, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await chat.GetChatMessageContentAsync(history, Execution(), kernel: null, cancellationToken);
            }
            catch (HttpOperationException ex) when (ex.StatusCode is HttpStatusCode.TooManyRequests || (int?)ex.StatusCode >= 500)
            {
                int status = (int)ex.StatusCode!.Value;
                var wait = Wait(ex, attempt);
                if (attempt >= settings.MaxAttempts || wait > settings.MaxRetryWait)
                {
                    string why = ex.StatusCode == HttpStatusCode.TooManyRequests
                        ? $"its rate limit (HTTP 429) held after {attempt} attempt(s) and it asks to wait {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
                        : $"it kept failing (HTTP {status}) after {attempt} attempt(s)";
                    throw new TranslationServiceException($"The chat endpoint {Completions} is not available: {why}: {ErrorText(ex.ResponseContent)}. Try again later.", status, ex);
                }

                LogRetry(logger, Completions, status, wait.TotalSeconds, attempt);
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (HttpOperationException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new TranslationAnswerException(
                    $"The chat endpoint {Completions} refused the API key (HTTP {(int)ex.StatusCode!.Value}): {ErrorText(ex.ResponseContent)}. " +
                    $"Check the setting apiKey (for example the environment variable Addin__Providers__Settings__{providerId}__apiKey).", ex);
            }
            catch (HttpOperationException ex) when (ex.StatusCode is { } status)
            {
                throw new TranslationAnswerException(
                    $"The chat endpoint {Completions} refused the request (HTTP {(int)status}): {ErrorText(ex.ResponseContent)}. " +
                    "Check the settings model (the deployment, for Azure OpenAI) and linesPerRequest, and that the model supports JSON-schema structured output.", ex);
            }
            catch (Exception ex) when (ex is HttpOperationException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new TranslationServiceException(
                    $"The chat endpoint {Completions} could not be reached ({(ex is OperationCanceledException ? $"no answer within requestTimeout {settings.RequestTimeout}" : ex.Message)}); " +
                    "check the setting endpoint and that the server is up. Try again later.", null, ex);
            }
        }
    }

    /// <summary>The wait <see cref="RetryWait"/> gives for the answer's status and <c>Retry-After</c>, read from the connector's exception.</summary>
    private TimeSpan Wait(HttpOperationException ex, int attempt)
    {
        using var answer = new HttpResponseMessage(ex.StatusCode!.Value);
        if ((ex.InnerException as ClientResultException)?.GetRawResponse()?.Headers is { } headers && headers.TryGetValue("Retry-After", out string? retryAfter))
        {
            answer.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return RetryWait.For(answer, attempt, settings.MaxRetryWait, time);
    }

    /// <summary>OpenAI's error body is <c>{"error":{"message":…}}</c>; anything else is shown clipped.</summary>
    private static string ErrorText(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no details)";
        }

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

        return Clip(body);
    }

    private static string Clip(string text) => text.Length <= MaxShownText ? text : string.Concat(text.AsSpan(0, MaxShownText), "…");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation request to {Endpoint} answered {Status}; retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRetry(ILogger logger, string endpoint, int status, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation answer from {Endpoint} is unusable ({Problem}); asking once more")]
    private static partial void LogRepair(ILogger logger, string endpoint, string problem);
}
