namespace Addin.Media;

/// <summary>
/// A media operation failed. <see cref="Exception.Message"/> is written for the teacher who uploaded the file;
/// <see cref="ToolOutput"/> holds the tool's own last words for operators.
/// </summary>
public sealed class MediaProcessingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MediaProcessingException(MediaErrorCode code, string message, string? toolOutput = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        ToolOutput = toolOutput;
    }

    /// <summary>The stable reason.</summary>
    public MediaErrorCode Code { get; }

    /// <summary>The last lines ffmpeg/ffprobe wrote to stderr, if any.</summary>
    public string? ToolOutput { get; }

    /// <summary>True when the input itself is bad, so retrying cannot help; false for timeouts, missing tools and other failures.</summary>
    public bool IsPermanent => Code is MediaErrorCode.NotMedia or MediaErrorCode.Empty or MediaErrorCode.NoStreams
        or MediaErrorCode.NoAudio or MediaErrorCode.NoVideo or MediaErrorCode.Corrupt;
}
