namespace Addin.Plugins.Whisper;

/// <summary>The languages whisper.cpp knows (ISO 639-1 codes, from its own table), and <c>auto</c> for detection.</summary>
internal static class WhisperLanguages
{
    public const string Detect = "auto";

    private static readonly Lazy<HashSet<string>> Known = new(() => [.. global::Whisper.net.WhisperFactory.GetSupportedLanguages()]);

    public static bool IsKnown(string language) => language == Detect || Known.Value.Contains(language);

    /// <summary>The request's BCP 47 tag ("en-GB") as whisper.cpp's code ("en"), or null when unknown.</summary>
    public static string? FromTag(string? tag) =>
        string.IsNullOrWhiteSpace(tag) || tag == Detect ? null : tag.Split('-')[0].ToLowerInvariant();
}
