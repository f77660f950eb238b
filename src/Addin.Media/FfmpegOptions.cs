namespace Addin.Media;

/// <summary>Where ffmpeg lives and how long it may run; bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class FfmpegOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Addin:Media";

    /// <summary>The folder holding the <c>ffmpeg</c> and <c>ffprobe</c> executables.</summary>
    public string BinaryFolder { get; set; } = "/usr/bin";

    /// <summary>The longest an <c>ffprobe</c> or <c>-version</c> call may take.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest one <c>ffmpeg</c> run (extraction, poster, generation) may take.</summary>
    public TimeSpan ProcessTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The oldest ffmpeg/ffprobe release accepted at start-up, e.g. <c>4.4</c>.</summary>
    public string MinimumVersion { get; set; } = "4.4";

    internal string FfmpegPath => Path.Combine(BinaryFolder, "ffmpeg");

    internal string FfprobePath => Path.Combine(BinaryFolder, "ffprobe");
}
