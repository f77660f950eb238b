namespace Addin.Media.Tools;

/// <summary>What the ffmpeg check found.</summary>
/// <param name="Ffmpeg">ffmpeg's version, or null when it could not be run or read.</param>
/// <param name="Ffprobe">ffprobe's version, or null when it could not be run or read.</param>
/// <param name="Problems">What is wrong and how to fix it; empty when both tools are usable.</param>
public sealed record FfmpegEnvironmentStatus(FfmpegVersion? Ffmpeg, FfmpegVersion? Ffprobe, IReadOnlyList<string> Problems)
{
    /// <summary>True when both tools run and are new enough.</summary>
    public bool IsReady => Problems.Count == 0;
}
