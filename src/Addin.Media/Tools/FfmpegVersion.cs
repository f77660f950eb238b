using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Addin.Media.Tools;

/// <summary>The version an ffmpeg or ffprobe binary reports in the first line of its <c>-version</c> output.</summary>
/// <param name="Tool">The program name, <c>ffmpeg</c> or <c>ffprobe</c>.</param>
/// <param name="Text">The version word as printed, e.g. <c>5.1.9-0+deb12u1</c> or <c>N-113284-g0d8d6b5</c>.</param>
/// <param name="Number">The release number, or null for a development (git) build.</param>
public sealed partial record FfmpegVersion(string Tool, string Text, Version? Number)
{
    /// <summary>True for a build from ffmpeg's git master, which is newer than any release.</summary>
    public bool IsDevelopmentBuild => Number is null;

    /// <summary>True when this build is the given release or newer; development builds always are.</summary>
    public bool IsAtLeast(Version minimum)
    {
        ArgumentNullException.ThrowIfNull(minimum);
        return Number is null || Number >= minimum;
    }

    /// <summary>
    /// Reads the first line of <c>ffmpeg -version</c>: distribution builds (<c>5.1.9-0+deb12u1</c>,
    /// <c>4.4.2-0ubuntu0.22.04.1</c>), tags (<c>n6.1.1</c>), static builds (<c>7.0.2-static</c>) and git builds
    /// (<c>N-113284-g…</c>, <c>2024-03-04-git-…</c>).
    /// </summary>
    public static bool TryParse(string versionOutput, [NotNullWhen(true)] out FfmpegVersion? version)
    {
        ArgumentNullException.ThrowIfNull(versionOutput);
        version = null;
        var line = FirstLine().Match(versionOutput);
        if (!line.Success)
        {
            return false;
        }

        string tool = line.Groups["tool"].Value;
        string text = line.Groups["text"].Value;
        var release = ReleaseNumber().Match(text);
        if (release.Success)
        {
            version = new FfmpegVersion(tool, text, Version.Parse(release.Groups["number"].Value));
            return true;
        }

        if (text.StartsWith("N-", StringComparison.Ordinal) || text.Contains("git", StringComparison.OrdinalIgnoreCase))
        {
            version = new FfmpegVersion(tool, text, null);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Tool} {Text}";

    [GeneratedRegex(@"\A\s*(?<tool>ffmpeg|ffprobe) version (?<text>\S+)")]
    private static partial Regex FirstLine();

    // A release number at the start; a date (2024-03-04-git-…) has no dot after its first part and does not match.
    [GeneratedRegex(@"\An?(?<number>\d+\.\d+(?:\.\d+){0,2})(?![\d.])")]
    private static partial Regex ReleaseNumber();
}
