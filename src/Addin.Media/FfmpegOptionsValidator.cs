namespace Addin.Media;

/// <summary>
/// Checks <see cref="FfmpegOptions"/> at start-up. Each message names the configuration key and how to fix it;
/// the host adapts this to its options validation.
/// </summary>
public static class FfmpegOptionsValidator
{
    private static readonly TimeSpan MaxProbeTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxProcessTimeout = TimeSpan.FromHours(24);

    /// <summary>Returns the problems found; none means the options are usable.</summary>
    public static IEnumerable<string> Validate(FfmpegOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Prefix = FfmpegOptions.SectionName + ":";

        if (string.IsNullOrWhiteSpace(options.BinaryFolder))
        {
            yield return $"{Prefix}BinaryFolder is empty; set it to the folder that holds ffmpeg and ffprobe (Debian: /usr/bin after apt-get install ffmpeg).";
        }
        else if (!Directory.Exists(options.BinaryFolder))
        {
            yield return $"{Prefix}BinaryFolder '{options.BinaryFolder}' does not exist; install ffmpeg with apt-get install ffmpeg or set the key to the folder that holds ffmpeg and ffprobe.";
        }
        else
        {
            foreach (string tool in new[] { "ffmpeg", "ffprobe" })
            {
                if (!File.Exists(Path.Combine(options.BinaryFolder, tool)))
                {
                    yield return $"{Prefix}BinaryFolder '{options.BinaryFolder}' has no {tool}; install it with apt-get install ffmpeg or set the key.";
                }
            }
        }

        if (options.ProbeTimeout <= TimeSpan.Zero || options.ProbeTimeout > MaxProbeTimeout)
        {
            yield return $"{Prefix}ProbeTimeout '{options.ProbeTimeout}' must be more than 0 and at most {MaxProbeTimeout}; the default is 00:01:00.";
        }

        if (options.ProcessTimeout <= TimeSpan.Zero || options.ProcessTimeout > MaxProcessTimeout)
        {
            yield return $"{Prefix}ProcessTimeout '{options.ProcessTimeout}' must be more than 0 and at most {MaxProcessTimeout}; the default is 02:00:00.";
        }

        if (!Version.TryParse(options.MinimumVersion, out _))
        {
            yield return $"{Prefix}MinimumVersion '{options.MinimumVersion}' is not a version like 4.4; set it to the oldest ffmpeg release to accept.";
        }
    }
}
