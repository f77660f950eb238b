using System.Text.Json;
using Addin.Sdk;
using Addin.Sdk.Notifications;
using Addin.Sdk.Recordings;
using Addin.Sdk.Risk;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;

namespace Addin.PluginHost;

/// <summary>How each <see cref="ProviderKind"/> is named in <c>plugin.json</c> and which contract it stands for.</summary>
public static class ProviderKinds
{
    /// <summary>The kind's name in <c>plugin.json</c>: <see cref="ProviderKind.RecordingSource"/> is <c>recording-source</c>.</summary>
    public static string ManifestName(ProviderKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>The provider contract of the kind, for example <see cref="IRecordingSource"/>.</summary>
    public static Type Contract(ProviderKind kind) => kind switch
    {
        ProviderKind.RecordingSource => typeof(IRecordingSource),
        ProviderKind.TranscriptionEngine => typeof(ITranscriptionEngine),
        ProviderKind.Summariser => typeof(ISummariser),
        ProviderKind.RiskModel => typeof(IRiskModel),
        ProviderKind.MediaStore => typeof(IMediaStore),
        ProviderKind.Translator => typeof(ITranslator),
        ProviderKind.Notifier => typeof(INotifier),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a provider kind"),
    };
}
