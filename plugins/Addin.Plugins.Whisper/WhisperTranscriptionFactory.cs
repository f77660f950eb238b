using Addin.Sdk.Plugins;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.Whisper;

/// <summary>
/// Creates the <c>whisper</c> engine for a platform. The model is not read here: creating an engine stays cheap, and a
/// model that is missing or broken is reported on the recording that needed it, naming the setting.
/// </summary>
public sealed class WhisperTranscriptionFactory : IProviderFactory<ITranscriptionEngine>
{
    /// <inheritdoc/>
    public ITranscriptionEngine Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<WhisperSettings>();
        if (string.IsNullOrWhiteSpace(settings.ModelPath))
        {
            throw new ProviderSettingsException(context.ProviderId, "/modelPath",
                $"is not set; download a ggml Whisper model (for example ggml-base.en.bin from https://huggingface.co/ggerganov/whisper.cpp) and set it, for example Addin__Providers__Settings__{context.ProviderId}__modelPath=models/ggml-base.en.bin");
        }

        if (settings.Language is { Length: > 0 } language && !WhisperLanguages.IsKnown(language))
        {
            throw new ProviderSettingsException(context.ProviderId, "/language", $"'{language}' is not a language Whisper knows; use an ISO 639-1 code such as \"en\", or \"auto\" to detect it");
        }

        if (settings.Threads is < 1 or > 64)
        {
            throw new ProviderSettingsException(context.ProviderId, "/threads", "must be between 1 and 64, or empty for all cores");
        }

        string modelPath = Path.GetFullPath(settings.ModelPath, context.HostDataDirectory);
        return new WhisperEngine(context.ProviderId, modelPath, settings);
    }
}
