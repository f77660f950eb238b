namespace Addin.Core.Pipeline;

/// <summary>The media store keys of a recording's files. Made by the host, never from user input.</summary>
public static class MediaKeys
{
    public static string Original(long recordingId, string extension) => $"recordings/{recordingId}/original{extension}";

    public static string Poster(long recordingId) => $"recordings/{recordingId}/poster.jpg";

    public static string Captions(long recordingId) => $"recordings/{recordingId}/captions.vtt";

    /// <summary>The captions translated into a language (a BCP 47 tag the host validated), beside the captions.</summary>
    public static string TranslatedCaptions(long recordingId, string language) => $"recordings/{recordingId}/captions.{language}.vtt";

    public static string AudioOnly(long recordingId) => $"recordings/{recordingId}/audio.m4a";

    public static string Playback(long recordingId) => $"recordings/{recordingId}/playback.mp4";

    /// <summary>The download with captions: <c>.mp4</c>, or <c>.webm</c> for a WebM that plays as it is.</summary>
    public static string Download(long recordingId, string extension) => $"recordings/{recordingId}/download{extension}";

    public static string Thumbnails(long recordingId) => $"recordings/{recordingId}/thumbnails.vtt";

    public static string ThumbnailSprite(long recordingId) => $"recordings/{recordingId}/thumbnails.jpg";

    /// <summary>The highlight clip of the recap's tagged moments.</summary>
    public static string Highlights(long recordingId) => $"recordings/{recordingId}/highlights.mp4";

    /// <summary>The captions of the highlight clip, on its own timeline.</summary>
    public static string HighlightCaptions(long recordingId) => $"recordings/{recordingId}/highlights.vtt";

    public static string SourceTranscript(long recordingId, string format) => $"recordings/{recordingId}/source-transcript.{format}";
}
