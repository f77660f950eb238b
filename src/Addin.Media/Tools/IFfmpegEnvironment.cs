namespace Addin.Media.Tools;

/// <summary>Checks that ffmpeg and ffprobe are present and new enough; used at start-up and by the health endpoint.</summary>
public interface IFfmpegEnvironment
{
    /// <summary>Runs <c>ffmpeg -version</c> and <c>ffprobe -version</c> from the configured folder.</summary>
    Task<FfmpegEnvironmentStatus> CheckAsync(FfmpegOptions options, CancellationToken cancellationToken);
}
