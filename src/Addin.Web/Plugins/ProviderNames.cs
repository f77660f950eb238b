using Addin.Sdk;

namespace Addin.Web.Plugins;

/// <summary>Provider kinds in words.</summary>
internal static class ProviderNames
{
    public static string Of(ProviderKind kind) => kind switch
    {
        ProviderKind.RecordingSource => "recording source",
        ProviderKind.TranscriptionEngine => "transcription engine",
        ProviderKind.Summariser => "summariser",
        ProviderKind.RiskModel => "risk model",
        ProviderKind.MediaStore => "media store",
        ProviderKind.Translator => "translator",
        ProviderKind.Notifier => "notifier",
        _ => kind.ToString(),
    };
}
