namespace Addin.Sdk;

/// <summary>The kinds of provider a plugin can offer. Each platform chooses one provider per kind.</summary>
public enum ProviderKind
{
    /// <summary>Where recordings come from: a folder, Microsoft Teams, Zoom, …</summary>
    RecordingSource,

    /// <summary>Turns speech into a timed transcript.</summary>
    TranscriptionEngine,

    /// <summary>Drafts a structured recap of a session from its transcript.</summary>
    Summariser,

    /// <summary>Assesses which students are at risk, with reasons.</summary>
    RiskModel,

    /// <summary>Stores media files and serves them for playback.</summary>
    MediaStore,

    /// <summary>Translates caption text into further languages.</summary>
    Translator,

    /// <summary>Delivers notifications: email, Teams, …</summary>
    Notifier,
}
