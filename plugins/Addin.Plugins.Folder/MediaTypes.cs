namespace Addin.Plugins.Folder;

/// <summary>Content types of the media extensions people drop into the inbox.</summary>
internal static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mov"] = "video/quicktime",
        [".mkv"] = "video/x-matroska",
        [".mpg"] = "video/mpeg",
        [".mpeg"] = "video/mpeg",
        [".m4a"] = "audio/mp4",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
    };

    /// <summary>The content type of a file extension (with its dot), or null when unknown.</summary>
    public static string? Of(string extension) => ByExtension.GetValueOrDefault(extension);
}
