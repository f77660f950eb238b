namespace Addin.Media.Tools;

/// <summary>An external executable and how an operator gets it when it is missing.</summary>
internal sealed record ToolBinary(string Name, string Path, string InstallHint)
{
    private const string FfmpegHint = "install it with apt-get install ffmpeg or set " + FfmpegOptions.SectionName + ":BinaryFolder";

    public static ToolBinary Ffmpeg(FfmpegOptions options) => new("ffmpeg", options.FfmpegPath, FfmpegHint);

    public static ToolBinary Ffprobe(FfmpegOptions options) => new("ffprobe", options.FfprobePath, FfmpegHint);

    public static ToolBinary Espeak(string path) => new("espeak-ng", path, "install it with apt-get install espeak-ng");
}
