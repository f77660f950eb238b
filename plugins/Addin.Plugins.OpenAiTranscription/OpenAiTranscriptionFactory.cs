using Addin.Plugins.OpenAiTranscription.Api;
using Addin.Sdk.Plugins;
using Addin.Sdk.Transcription;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.OpenAiTranscription;

/// <summary>Creates the <c>openai-transcription</c> engine for a platform.</summary>
public sealed class OpenAiTranscriptionFactory : IProviderFactory<ITranscriptionEngine>
{
    private static readonly TimeSpan ShortestPiece = TimeSpan.FromSeconds(10);

    /// <inheritdoc/>
    public ITranscriptionEngine Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<OpenAiTranscriptionSettings>();
        Validate(context.ProviderId, settings);
        var api = new TranscriptionsApi(context.CreateHttpClient(), settings, context.ProviderId, context.Time, context.LoggerFactory.CreateLogger<OpenAiTranscriptionFactory>());
        return new OpenAiTranscriptionEngine(context.ProviderId, settings, api);
    }

    private static void Validate(string providerId, OpenAiTranscriptionSettings settings)
    {
        if (!settings.BaseUrl.IsAbsoluteUri || settings.BaseUrl.Scheme is not ("http" or "https") || !settings.BaseUrl.AbsoluteUri.EndsWith('/'))
        {
            throw new ProviderSettingsException(providerId, "/baseUrl", "must be an absolute http(s) URL ending with '/', for example \"https://api.openai.com/v1/\"");
        }

        bool hosted = settings.BaseUrl.Host.Equals("api.openai.com", StringComparison.OrdinalIgnoreCase)
                      || settings.BaseUrl.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase);
        if (hosted && string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ProviderSettingsException(providerId, "/apiKey",
                $"is not set, and {settings.BaseUrl.Host} needs one; set it in configuration, for example the environment variable Addin__Providers__Settings__{providerId}__apiKey");
        }

        if (settings.ApiKeyHeader is not ("Authorization" or "api-key"))
        {
            throw new ProviderSettingsException(providerId, "/apiKeyHeader", "must be \"Authorization\" (Bearer) or \"api-key\" (Azure OpenAI)");
        }

        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new ProviderSettingsException(providerId, "/model", "is empty; name the model or Azure OpenAI deployment, for example \"whisper-1\"");
        }

        if (settings.MaxChunkDuration < ShortestPiece || settings.MaxChunkBytes < 100_000)
        {
            throw new ProviderSettingsException(providerId, settings.MaxChunkBytes < 100_000 ? "/maxChunkBytes" : "/maxChunkDuration",
                "is too small; a piece of audio must be allowed at least 10 seconds and 100000 bytes (the defaults are 00:10:00 and 24000000)");
        }

        if (settings.Overlap < TimeSpan.Zero || settings.Overlap * 4 > settings.MaxChunkDuration || settings.Overlap.TotalSeconds * 4 * 32000 > settings.MaxChunkBytes)
        {
            throw new ProviderSettingsException(providerId, "/overlap", "must be between 00:00:00 and a quarter of the longest piece (maxChunkDuration, maxChunkBytes); the default is 00:00:02");
        }

        if (settings.MaxAttempts < 1 || settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, settings.MaxAttempts < 1 ? "/maxAttempts" : "/maxRetryWait", "must be positive (defaults: 4 and 00:01:00)");
        }
    }
}
