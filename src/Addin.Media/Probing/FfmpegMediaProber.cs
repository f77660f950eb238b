using Microsoft.Extensions.Logging;

namespace Addin.Media.Probing;

/// <summary>Probes files with ffprobe from <see cref="FfmpegOptions.BinaryFolder"/>, within <see cref="FfmpegOptions.ProbeTimeout"/>.</summary>
public sealed partial class FfmpegMediaProber : IMediaProber
{
    private readonly FfmpegOptions _options;
    private readonly ILogger<FfmpegMediaProber> _logger;

    /// <summary>Creates the prober.</summary>
    public FfmpegMediaProber(FfmpegOptions options, ILogger<FfmpegMediaProber> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<MediaProbe> ProbeAsync(string path, CancellationToken ct)
    {
        try
        {
            var probe = await FfprobeRunner.ProbeAsync(_options, path, _logger, ct);
            LogProbed(_logger, path, probe.Duration, probe.FormatName, probe.Video?.Codec, probe.Audio?.Codec, probe.IsBrowserPlayable);
            return probe;
        }
        catch (MediaProcessingException ex)
        {
            LogFailed(_logger, ex, path, ex.Code, ex.ToolOutput);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Probed {Path}: {Duration}, {Format}, video {VideoCodec}, audio {AudioCodec}, browser-playable {Playable}")]
    private static partial void LogProbed(ILogger logger, string path, TimeSpan duration, string format, string? videoCodec, string? audioCodec, bool playable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probing {Path} failed with {Code}; ffprobe said: {ToolOutput}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path, MediaErrorCode code, string? toolOutput);
}
