namespace Addin.Media.Probing;

/// <summary>Decides whether current browsers play a file without a transcode.</summary>
internal static class BrowserPlayability
{
    private enum Container
    {
        Other,
        Mp4,
        WebM,
        Mp3,
        Adts,
        Ogg,
    }

    public static bool IsPlayable(string formatName, VideoStreamInfo? video, AudioStreamInfo? audio)
    {
        var container = ContainerOf(formatName);
        if (video is null)
        {
            return audio is not null && IsPlayableAudioOnly(container, audio.Codec);
        }

        return container switch
        {
            Container.Mp4 => IsPlayableMp4Video(video) && (audio is null || audio.Codec is "aac" or "mp3" or "opus"),
            Container.WebM => video.Codec is "vp8" or "vp9" or "av1" && (audio is null || audio.Codec is "opus" or "vorbis"),
            _ => false,
        };
    }

    /// <summary>True for a WebM that browsers play as it is: it needs no browser version, and its download stays WebM.</summary>
    public static bool IsPlayableWebM(string formatName, VideoStreamInfo? video, AudioStreamInfo? audio) =>
        ContainerOf(formatName) == Container.WebM && video is not null && IsPlayable(formatName, video, audio);

    /// <summary>True when browsers play this audio track in an MP4 (or M4A) as it is.</summary>
    public static bool IsPlayableMp4Audio(AudioStreamInfo audio) => audio.Codec is "aac" or "mp3";

    /// <summary>True when browsers play this video track in an MP4 as it is, so it is copied, not re-encoded.</summary>
    /// <remarks>H.264 decoders in browsers take 8-bit 4:2:0 only; screen recorders sometimes write 4:4:4 or 10-bit.</remarks>
    public static bool IsPlayableMp4Video(VideoStreamInfo video) => video.Codec switch
    {
        "h264" => video.PixelFormat is null or "yuv420p" or "yuvj420p",
        "vp9" or "av1" => true,
        _ => false,
    };

    private static bool IsPlayableAudioOnly(Container container, string codec) => codec switch
    {
        "aac" => container is Container.Mp4 or Container.Adts,
        "mp3" => container is Container.Mp3 or Container.Mp4,
        "opus" => container is Container.Ogg or Container.WebM or Container.Mp4,
        _ => false,
    };

    // ffprobe names a demuxer by all the formats it reads: "mov,mp4,m4a,3gp,3g2,mj2" (MP4 and MOV alike) and
    // "matroska,webm" (MKV too, which is why WebM accepts only WebM's own codecs).
    private static Container ContainerOf(string formatName)
    {
        var names = formatName.Split(',');
        return names switch
        {
            _ when names.Contains("mp4") => Container.Mp4,
            _ when names.Contains("webm") => Container.WebM,
            _ when names.Contains("mp3") => Container.Mp3,
            _ when names.Contains("aac") => Container.Adts,
            _ when names.Contains("ogg") => Container.Ogg,
            _ => Container.Other,
        };
    }
}
