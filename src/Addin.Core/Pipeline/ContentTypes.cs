using Addin.Sdk.Recordings;

namespace Addin.Core.Pipeline;

/// <summary>Content types of media files, from what the source says or the extension.</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".m4a"] = "audio/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".mov"] = "video/quicktime",
        [".mkv"] = "video/x-matroska",
        [".mpg"] = "video/mpeg",
        [".ogg"] = "audio/ogg",
        [".wav"] = "audio/wav",
    };

    public static string ForMedia(RecordingReference reference) =>
        ByExtension.TryGetValue(Path.GetExtension(reference.FileName), out var type) ? type : "application/octet-stream";
}
