namespace Addin.Media;

/// <summary>Why media processing failed. The names are stable: hosts store and match them.</summary>
public enum MediaErrorCode
{
    /// <summary>Something else went wrong (disk, permissions, an unexpected ffmpeg error); worth retrying.</summary>
    Failed,

    /// <summary>ffprobe cannot read the file: it is not audio or video, or not a format that is accepted.</summary>
    NotMedia,

    /// <summary>The file has zero bytes.</summary>
    Empty,

    /// <summary>The file is media but has neither an audio nor a video track.</summary>
    NoStreams,

    /// <summary>The operation needs an audio track and the file has none.</summary>
    NoAudio,

    /// <summary>The operation needs a video track and the file has none.</summary>
    NoVideo,

    /// <summary>The file starts like media but is truncated or cannot be decoded.</summary>
    Corrupt,

    /// <summary>The tool ran longer than its configured timeout and was stopped.</summary>
    Timeout,

    /// <summary>ffmpeg, ffprobe or espeak-ng could not be started.</summary>
    ToolMissing,
}
