using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>Semantic Kernel's OpenAI chat connector pointed at the configured endpoint, over the host's HttpClient.</summary>
internal static class ChatClients
{
    /// <summary>OpenAI's client needs a key; servers without authentication ignore this one.</summary>
    private const string NoKey = "no-key";

    /// <param name="settings">Its endpoint is the API root ending with <c>/v1</c>; Semantic Kernel appends <c>chat/completions</c>.</param>
    public static IChatCompletionService Create(OpenAiTranslationSettings settings, HttpClient http, ILoggerFactory loggers)
    {
        // The host's clients give up after 100 s by default; requestTimeout is the limit the administrator chose.
        http.Timeout = settings.RequestTimeout;
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            // TranslationChat retries 429 and 5xx itself, on the injected clock and within maxAttempts/maxRetryWait.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = settings.RequestTimeout,
        };
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? NoKey : settings.ApiKey), options);
        return new OpenAIChatCompletionService(settings.Model, client, loggers);
    }
}
