using Addin.Sdk.Plugins;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.SourceTranscript;

/// <summary>Creates the <c>source-transcript</c> engine. It has no settings.</summary>
public sealed class SourceTranscriptFactory : IProviderFactory<ITranscriptionEngine>
{
    /// <inheritdoc/>
    public ITranscriptionEngine Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SourceTranscriptEngine(context.ProviderId);
    }
}
