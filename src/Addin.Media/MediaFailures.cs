namespace Addin.Media;

/// <summary>
/// The exceptions of this assembly, with messages a teacher can act on. Messages name files, never server folders;
/// the tool's own output goes to <see cref="MediaProcessingException.ToolOutput"/>.
/// </summary>
internal static class MediaFailures
{
    private const string UploadAgain = "Upload the complete recording again, or export it again from where it was recorded.";

    public static MediaProcessingException NotMedia(string path, string reason, string? toolOutput = null, Exception? innerException = null) => new(
        MediaErrorCode.NotMedia,
        $"The file '{Name(path)}' is not a video or audio file ffmpeg can read ({reason}). Upload an MP4 or WebM recording.",
        toolOutput,
        innerException);

    public static MediaProcessingException Empty(string path) => new(
        MediaErrorCode.Empty,
        $"The file '{Name(path)}' is empty (0 bytes), so the upload did not complete. {UploadAgain}");

    public static MediaProcessingException NoStreams(string path) => new(
        MediaErrorCode.NoStreams,
        $"The file '{Name(path)}' has neither sound nor picture. Upload the recording itself, as MP4 or WebM.");

    public static MediaProcessingException NoAudio(string path, string? toolOutput = null) => new(
        MediaErrorCode.NoAudio,
        $"The recording '{Name(path)}' has no sound track, so it cannot be transcribed. Upload a recording made with the microphone on.",
        toolOutput);

    public static MediaProcessingException NoAudioToPlay(string path) => new(
        MediaErrorCode.NoAudio,
        $"The recording '{Name(path)}' has no sound track, so there is no audio-only version of it. Nothing needs to be done; it plays as video.");

    public static MediaProcessingException NoVideo(string path, string? toolOutput = null) => new(
        MediaErrorCode.NoVideo,
        $"The recording '{Name(path)}' is sound only, so it has no picture to show. Nothing needs to be done; it plays as audio.",
        toolOutput);

    public static MediaProcessingException Corrupt(string path, string detail, string? toolOutput = null) => new(
        MediaErrorCode.Corrupt,
        $"The file '{Name(path)}' is damaged or incomplete ({detail}). {UploadAgain}",
        toolOutput);

    public static MediaProcessingException Timeout(string path, string operation, TimeSpan limit, TimeoutException exception) => new(
        MediaErrorCode.Timeout,
        $"{operation} for '{Name(path)}' took longer than {limit} and was stopped. It will be tried again; if it keeps happening, the file may be damaged or the server busy.",
        innerException: exception);

    public static MediaProcessingException Failed(string path, string operation, string detail, string? toolOutput = null, Exception? innerException = null) => new(
        MediaErrorCode.Failed,
        $"{operation} for '{Name(path)}' failed ({detail}). It will be tried again; if it keeps failing, ask your administrator to check the server log.",
        toolOutput,
        innerException);

    private static string Name(string path) => Path.GetFileName(path);
}
