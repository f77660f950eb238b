using Addin.Media.Arguments;

namespace Addin.Media.Speech;

/// <summary>How a generated clip is encoded: fast settings that browsers play.</summary>
internal sealed record ClipFormat(string Extension, Func<FfmpegArgs, FfmpegArgs> Encode)
{
    private static readonly ClipFormat Mp4 = new("mp4", args => args
        .VideoCodec("libx264", "-preset", "ultrafast", "-crf", "30", "-pix_fmt", "yuv420p", "-g", "30")
        .AudioCodec("aac", sampleRate: 48000)
        .Options("-b:a", "64k", "-movflags", "+faststart"));

    private static readonly ClipFormat WebM = new("webm", args => args
        .VideoCodec("libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k", "-pix_fmt", "yuv420p", "-g", "30")
        .AudioCodec("libopus", sampleRate: 48000)
        .Options("-b:a", "48k"));

    /// <summary>The muxer, which is named like the extension for both formats.</summary>
    public string Muxer => Extension;

    public static ClipFormat? For(string container) => container.ToUpperInvariant() switch
    {
        "MP4" => Mp4,
        "WEBM" => WebM,
        _ => null,
    };
}
