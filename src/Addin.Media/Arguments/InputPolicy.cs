namespace Addin.Media.Arguments;

/// <summary>
/// Limits what ffmpeg and ffprobe will do with an uploaded file. Uploads are untrusted: a "video" can be an HLS
/// playlist or ffconcat script that makes ffmpeg open other local files or URLs and copy them into the output
/// (the classic ffmpeg SSRF / local-file-disclosure attack). Only local files and recording containers are allowed.
/// </summary>
internal static class InputPolicy
{
    /// <summary>Demuxers a recording can arrive in; a name matches any part of ffmpeg's combined names (<c>mov</c> covers mp4/m4a/3gp).</summary>
    public const string AllowedFormats = "mov,matroska,webm,mp3,aac,ogg,wav,w64,flac,mpeg,mpegts,avi,asf,flv";

    /// <summary>The input options that apply the policy; they go before <c>-i</c>.</summary>
    public static IReadOnlyList<string> Arguments { get; } = ["-protocol_whitelist", "file", "-format_whitelist", AllowedFormats];
}
