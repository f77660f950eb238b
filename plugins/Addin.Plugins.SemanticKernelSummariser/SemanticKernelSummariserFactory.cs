using Addin.Plugins.SemanticKernelSummariser.Chat;
using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.SemanticKernelSummariser;

/// <summary>Creates the <c>semantic-kernel-summariser</c> for a platform.</summary>
public sealed class SemanticKernelSummariserFactory : IProviderFactory<ISummariser>
{
    /// <summary>Below this, the instructions and a plan leave too little room for the transcript.</summary>
    internal const int SmallestChunk = 1_000;

    /// <inheritdoc/>
    public ISummariser Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<SemanticKernelSummariserSettings>();
        var endpoint = Validate(context.ProviderId, settings);
        var logger = context.LoggerFactory.CreateLogger<RecapChat>();
        var chat = new RecapChat(ChatClients.Create(endpoint, settings, context.CreateHttpClient(), context.LoggerFactory), endpoint, settings, context.ProviderId, context.Time, logger);
        return new ChatSummariser(context.ProviderId, settings, chat);
    }

    /// <summary>Checks the settings and returns the endpoint the requests go to (its <c>chat/completions</c> is appended).</summary>
    private static Uri Validate(string providerId, SemanticKernelSummariserSettings settings)
    {
        if (settings.Kind is not (EndpointKinds.OpenAi or EndpointKinds.Azure))
        {
            throw new ProviderSettingsException(providerId, "/kind",
                "must be \"openai\" (OpenAI, Ollama, vLLM or any OpenAI-compatible server) or \"azure\" (Azure OpenAI)");
        }

        var endpoint = settings.Endpoint;
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ProviderSettingsException(providerId, "/endpoint", "must be an absolute http(s) URL, for example \"https://api.openai.com/v1\"");
        }

        string path = endpoint.AbsolutePath.TrimEnd('/');
        if (settings.Kind == EndpointKinds.Azure)
        {
            if (path.Length == 0)
            {
                path = "/openai/v1";
            }
            else if (!path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase))
            {
                throw new ProviderSettingsException(providerId, "/endpoint",
                    "must be the Azure OpenAI resource URL, \"https://<resource>.openai.azure.com/\", or its v1 API, \"https://<resource>.openai.azure.com/openai/v1\"; " +
                    "deployment URLs with an api-version are not used (name the deployment in the setting model)");
            }
        }
        else if (!path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            // Without it Semantic Kernel posts to <endpoint>/chat/completions, which OpenAI-compatible servers do not serve.
            throw new ProviderSettingsException(providerId, "/endpoint",
                "must end with /v1, the root of the OpenAI-compatible API, for example \"https://api.openai.com/v1\", \"http://127.0.0.1:11434/v1\" (Ollama) or \"http://127.0.0.1:8000/v1\" (vLLM)");
        }

        bool hosted = settings.Kind == EndpointKinds.Azure || endpoint.Host.Equals("api.openai.com", StringComparison.OrdinalIgnoreCase);
        if (hosted && string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ProviderSettingsException(providerId, "/apiKey",
                $"is not set, and {endpoint.Host} needs one; set it in configuration, for example the environment variable Addin__Providers__Settings__{providerId}__apiKey");
        }

        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new ProviderSettingsException(providerId, "/model",
                "is empty; name the model (for example \"gpt-4o-mini\", or \"llama3.1\" on Ollama) or, for Azure OpenAI, the deployment");
        }

        if (settings.MaxInputTokensPerChunk < SmallestChunk)
        {
            throw new ProviderSettingsException(providerId, "/maxInputTokensPerChunk",
                $"is {settings.MaxInputTokensPerChunk}, too small for the instructions and a transcript; give at least {SmallestChunk} (the default is 12000; stay under the model's context window)");
        }

        if (settings.Temperature is < 0 or > 2 || double.IsNaN(settings.Temperature))
        {
            throw new ProviderSettingsException(providerId, "/temperature", "must be between 0 and 2 (the default is 0.2; low values keep quotes verbatim)");
        }

        if (settings.RequestTimeout <= TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, "/requestTimeout", "must be positive, for example \"00:05:00\"");
        }

        if (settings.MaxAttempts < 1 || settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, settings.MaxAttempts < 1 ? "/maxAttempts" : "/maxRetryWait", "must be positive (defaults: 4 and 00:01:00)");
        }

        return new UriBuilder(endpoint) { Path = path, Query = "", Fragment = "" }.Uri;
    }
}
