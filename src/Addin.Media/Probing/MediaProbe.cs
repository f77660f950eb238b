namespace Addin.Media.Probing;

/// <summary>What ffprobe found in a media file.</summary>
/// <param name="Duration">The playing time.</param>
/// <param name="FormatName">ffprobe's container name, e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c> or <c>matroska,webm</c>.</param>
/// <param name="SizeBytes">The file size.</param>
/// <param name="BitRate">The overall bit rate in bits per second, when known.</param>
/// <param name="Video">The first video track (cover art excluded), if any.</param>
/// <param name="Audio">The first audio track, if any.</param>
/// <param name="StreamCount">All streams in the file, including subtitles and data.</param>
public sealed record MediaProbe(
    TimeSpan Duration,
    string FormatName,
    long SizeBytes,
    long? BitRate,
    VideoStreamInfo? Video,
    AudioStreamInfo? Audio,
    int StreamCount)
{
    /// <summary>
    /// True when browsers play the file as it is: H.264/VP9/AV1 with AAC/MP3/Opus in MP4, VP8/VP9/AV1 with
    /// Opus/Vorbis in WebM, or audio only as AAC, MP3 or Opus. Otherwise it needs a transcode.
    /// </summary>
    public bool IsBrowserPlayable => BrowserPlayability.IsPlayable(FormatName, Video, Audio);

    /// <summary>
    /// True for a video WebM browsers play as it is (VP8/VP9/AV1 with Opus/Vorbis). VP8 cannot go into an MP4, so such a
    /// recording is played and downloaded as WebM rather than re-encoded.
    /// </summary>
    public bool IsBrowserPlayableWebM => BrowserPlayability.IsPlayableWebM(FormatName, Video, Audio);
}

/// <summary>A video track.</summary>
/// <param name="Codec">ffprobe's codec name, e.g. <c>h264</c>, <c>vp8</c>.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="FrameRate">Average frames per second, when known.</param>
/// <param name="PixelFormat">ffprobe's pixel format, e.g. <c>yuv420p</c>, when known.</param>
public sealed record VideoStreamInfo(string Codec, int Width, int Height, double? FrameRate, string? PixelFormat = null);

/// <summary>An audio track.</summary>
/// <param name="Codec">ffprobe's codec name, e.g. <c>aac</c>, <c>opus</c>, <c>pcm_s16le</c>.</param>
/// <param name="SampleRate">Samples per second.</param>
/// <param name="Channels">Channel count.</param>
public sealed record AudioStreamInfo(string Codec, int SampleRate, int Channels);
