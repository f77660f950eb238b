using Addin.Plugins.OpenAiTranslation.Chat;
using Addin.Sdk.Plugins;
using Addin.Sdk.Translation;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.OpenAiTranslation;

/// <summary>Creates the <c>openai-translation</c> translator for a platform.</summary>
public sealed class OpenAiTranslationFactory : IProviderFactory<ITranslator>
{
    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<OpenAiTranslationSettings>();
        Validate(context.ProviderId, settings);
        var chat = new TranslationChat(
            ChatClients.Create(settings, context.CreateHttpClient(), context.LoggerFactory), settings, context.ProviderId, context.Time,
            context.LoggerFactory.CreateLogger<TranslationChat>());
        return new ChatTranslator(settings, chat);
    }

    private static void Validate(string providerId, OpenAiTranslationSettings settings)
    {
        var endpoint = settings.Endpoint;
        if (endpoint is null || !endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ProviderSettingsException(providerId, "/endpoint", "must be an absolute http(s) URL, for example \"https://api.openai.com/v1\"");
        }

        if (!endpoint.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            // Without it Semantic Kernel posts to <endpoint>/chat/completions, which OpenAI-compatible servers do not serve.
            throw new ProviderSettingsException(providerId, "/endpoint",
                "must end with /v1, the root of the OpenAI-compatible API, for example \"https://api.openai.com/v1\", " +
                "\"https://<resource>.openai.azure.com/openai/v1\" (Azure OpenAI) or \"http://127.0.0.1:11434/v1\" (Ollama)");
        }

        bool hosted = endpoint.Host.Equals("api.openai.com", StringComparison.OrdinalIgnoreCase) ||
                      endpoint.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase);
        if (hosted && string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ProviderSettingsException(providerId, "/apiKey",
                $"is not set, and {endpoint.Host} needs one; set it in configuration, for example the environment variable Addin__Providers__Settings__{providerId}__apiKey");
        }

        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new ProviderSettingsException(providerId, "/model", "is empty; name the model (for example \"gpt-4o-mini\", or \"llama3.1\" on Ollama) or, for Azure OpenAI, the deployment");
        }

        if (settings.LinesPerRequest is < 1 or > 200)
        {
            throw new ProviderSettingsException(providerId, "/linesPerRequest", $"is {settings.LinesPerRequest}; give 1 to 200 (the default is 40)");
        }

        if (settings.Temperature is < 0 or > 2 || double.IsNaN(settings.Temperature))
        {
            throw new ProviderSettingsException(providerId, "/temperature", "must be between 0 and 2 (the default is 0.2)");
        }

        if (settings.RequestTimeout <= TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, "/requestTimeout", "must be longer than zero, as hh:mm:ss (the default is 00:02:00)");
        }

        if (settings.MaxAttempts is < 1 or > 10)
        {
            throw new ProviderSettingsException(providerId, "/maxAttempts", $"is {settings.MaxAttempts}; give 1 to 10 (the default is 4)");
        }

        if (settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, "/maxRetryWait", "must not be negative, as hh:mm:ss (the default is 00:01:00)");
        }
    }
}
