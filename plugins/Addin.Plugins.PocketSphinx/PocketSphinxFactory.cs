using Addin.Sdk.Plugins;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx;

/// <summary>Creates the <c>pocketsphinx</c> engine for a platform.</summary>
public sealed class PocketSphinxFactory : IProviderFactory<ITranscriptionEngine>
{
    /// <inheritdoc/>
    public ITranscriptionEngine Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<PocketSphinxSettings>();
        if (string.IsNullOrWhiteSpace(settings.Executable))
        {
            throw new ProviderSettingsException(context.ProviderId, "/executable", "is empty; the default is /usr/bin/pocketsphinx_continuous (Debian package pocketsphinx)");
        }

        if (string.IsNullOrWhiteSpace(settings.ModelDirectory))
        {
            throw new ProviderSettingsException(context.ProviderId, "/modelDirectory", "is empty; the default is /usr/share/pocketsphinx/model/en-us (Debian package pocketsphinx-en-us)");
        }

        if (settings.SegmentPause <= TimeSpan.Zero || settings.SegmentPause > TimeSpan.FromSeconds(10))
        {
            throw new ProviderSettingsException(context.ProviderId, "/segmentPause", "must be between 00:00:00 and 00:00:10; the default is 00:00:00.600");
        }

        if (settings.MaxSegmentDuration < TimeSpan.FromSeconds(1) || settings.MaxSegmentDuration > TimeSpan.FromMinutes(1))
        {
            throw new ProviderSettingsException(context.ProviderId, "/maxSegmentDuration", "must be between 00:00:01 and 00:01:00; the default is 00:00:08");
        }

        return new PocketSphinxEngine(context.ProviderId, settings);
    }
}
