namespace Addin.Core.Pipeline;

/// <summary>The media store keys of a recording's files. Made by the host, never from user input.</summary>
public static class MediaKeys
{
    public static string Original(long recordingId, string extension) => $"recordings/{recordingId}/original{extension}";

    public static string Poster(long recordingId) => $"recordings/{recordingId}/poster.jpg";

    public static string Captions(long recordingId) => $"recordings/{recordingId}/captions.vtt";

    public static string SourceTranscript(long recordingId, string format) => $"recordings/{recordingId}/source-transcript.{format}";
}
