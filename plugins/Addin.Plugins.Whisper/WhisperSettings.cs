namespace Addin.Plugins.Whisper;

/// <summary>The <c>whisper</c> engine's settings.</summary>
public sealed class WhisperSettings
{
    /// <summary>The ggml model file, absolute or relative to the host's data folder.</summary>
    public string? ModelPath { get; set; }

    /// <summary>The language used when the request names none; null or <c>auto</c> to detect it.</summary>
    public string? Language { get; set; }

    /// <summary>CPU threads; null for all cores.</summary>
    public int? Threads { get; set; }
}
