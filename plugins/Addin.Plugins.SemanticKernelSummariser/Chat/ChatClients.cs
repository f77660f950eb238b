using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Addin.Plugins.SemanticKernelSummariser.Chat;

/// <summary>Semantic Kernel's OpenAI chat connector pointed at the configured endpoint, over the host's HttpClient.</summary>
internal static class ChatClients
{
    /// <summary>OpenAI's client needs a key; servers without authentication ignore this one.</summary>
    private const string NoKey = "no-key";

    /// <param name="endpoint">The API root, ending with <c>/v1</c> (Azure OpenAI's v1 API takes the same requests and its key as a Bearer token).</param>
    public static IChatCompletionService Create(Uri endpoint, SemanticKernelSummariserSettings settings, HttpClient http, ILoggerFactory loggers)
    {
        // The host's clients give up after 100 s by default; a local model on a CPU can take longer, and requestTimeout
        // is the limit the administrator chose. A client from the host's factory is this provider's own instance.
        http.Timeout = settings.RequestTimeout;
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            // RecapChat retries 429 and 5xx itself, on the injected clock and within maxAttempts/maxRetryWait.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = settings.RequestTimeout,
        };
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? NoKey : settings.ApiKey), options);
        return new OpenAIChatCompletionService(settings.Model, client, loggers);
    }
}
