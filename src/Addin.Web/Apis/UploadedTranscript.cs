using Addin.Sdk.Recordings;

namespace Addin.Web.Apis;

/// <summary>A transcript uploaded with a recording: its format follows the file name (SRT, otherwise WebVTT).</summary>
internal static class UploadedTranscript
{
    public static TranscriptFile Of(string fileName, string content) => new()
    {
        Format = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant() is "srt" ? "srt" : "vtt",
        Content = content,
        Origin = Path.GetFileName(fileName),
    };
}
