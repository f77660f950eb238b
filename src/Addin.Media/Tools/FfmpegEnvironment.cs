using Microsoft.Extensions.Logging;

namespace Addin.Media.Tools;

/// <summary>Runs <c>-version</c> on ffmpeg and ffprobe and compares them with <see cref="FfmpegOptions.MinimumVersion"/>.</summary>
public sealed partial class FfmpegEnvironment : IFfmpegEnvironment
{
    private readonly ILogger<FfmpegEnvironment> _logger;

    /// <summary>Creates the checker.</summary>
    public FfmpegEnvironment(ILogger<FfmpegEnvironment> logger)
    {
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<FfmpegEnvironmentStatus> CheckAsync(FfmpegOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!Version.TryParse(options.MinimumVersion, out var minimum))
        {
            problems.Add($"{FfmpegOptions.SectionName}:MinimumVersion '{options.MinimumVersion}' is not a version like 4.4; set it to the oldest ffmpeg release to accept.");
        }

        var ffmpeg = await CheckToolAsync(ToolBinary.Ffmpeg(options), options, minimum, problems, cancellationToken);
        var ffprobe = await CheckToolAsync(ToolBinary.Ffprobe(options), options, minimum, problems, cancellationToken);
        if (problems.Count == 0)
        {
            LogReady(_logger, ffmpeg!.Text, ffprobe!.Text, options.BinaryFolder);
        }
        else
        {
            LogProblems(_logger, problems);
        }

        return new FfmpegEnvironmentStatus(ffmpeg, ffprobe, problems);
    }

    private async Task<FfmpegVersion?> CheckToolAsync(
        ToolBinary tool, FfmpegOptions options, Version? minimum, List<string> problems, CancellationToken cancellationToken)
    {
        string? output = await ToolVersionProbe.RunAsync(tool, "-version", options.ProbeTimeout, _logger, problems, cancellationToken);
        if (output is null)
        {
            return null;
        }

        if (!FfmpegVersion.TryParse(output, out var version))
        {
            problems.Add($"{tool.Name} at '{tool.Path}' printed a version this check cannot read ('{ToolVersionProbe.FirstLine(output)}'); use a release or distribution build of ffmpeg, or set {FfmpegOptions.SectionName}:BinaryFolder to one.");
            return null;
        }

        if (minimum is not null && !version.IsAtLeast(minimum))
        {
            problems.Add($"{tool.Name} {version.Text} at '{tool.Path}' is older than {FfmpegOptions.SectionName}:MinimumVersion {options.MinimumVersion}; install a newer ffmpeg or set {FfmpegOptions.SectionName}:BinaryFolder to a folder that has one.");
        }

        return version;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "ffmpeg {FfmpegVersion} and ffprobe {FfprobeVersion} found in {BinaryFolder}")]
    private static partial void LogReady(ILogger logger, string ffmpegVersion, string ffprobeVersion, string binaryFolder);

    [LoggerMessage(Level = LogLevel.Error, Message = "ffmpeg is not usable: {Problems}")]
    private static partial void LogProblems(ILogger logger, IReadOnlyList<string> problems);
}
