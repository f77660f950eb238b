using System.Diagnostics;
using System.Text.RegularExpressions;
using Addin.Media.Arguments;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Renditions;

/// <summary>Makes renditions with ffmpeg from <see cref="FfmpegOptions.BinaryFolder"/>, each run within <see cref="FfmpegOptions.ProcessTimeout"/>.</summary>
public sealed partial class FfmpegMediaRenditions : IMediaRenditions
{
    private const string AudioBitRate = "128k";

    private readonly FfmpegOptions _options;
    private readonly ILogger<FfmpegMediaRenditions> _logger;
    private readonly ThumbnailStripMaker _strips;

    /// <summary>Creates the rendition maker.</summary>
    public FfmpegMediaRenditions(FfmpegOptions options, ILogger<FfmpegMediaRenditions> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _strips = new ThumbnailStripMaker(options, logger);
    }

    /// <inheritdoc/>
    public Task<RenditionMethod> CreateAudioOnlyAsync(string input, MediaProbe probe, string outputM4a, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return LoggedAsync(input, "audio-only", async () =>
        {
            if (probe.Audio is null)
            {
                throw MediaFailures.NoAudioToPlay(input);
            }

            bool copy = probe.Audio.Codec == "aac";
            var arguments = new FfmpegArgs().WithProgress().Input(input).Map("0:a:0").AudioOnly();
            arguments = copy ? arguments.AudioCodec("copy") : arguments.AudioCodec("aac").Options("-b:a", AudioBitRate);
            await RunToFileAsync(input, "Making the audio-only version", arguments.FastStart(), "mp4", outputM4a, probe.Duration, RequiredStream.Audio, progress, ct);
            return copy ? RenditionMethod.StreamCopy : RenditionMethod.Transcoded;
        });
    }

    /// <inheritdoc/>
    public Task<ThumbnailStrip> CreateThumbnailStripAsync(
        string input, MediaProbe probe, string outputSprite, string outputTrack, ThumbnailStripSpec spec, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        return LoggedAsync(input, "thumbnail strip", () => _strips.CreateAsync(input, probe, outputSprite, outputTrack, spec, progress, ct));
    }

    /// <inheritdoc/>
    public Task<RenditionMethod> CreatePlayableMp4Async(string input, MediaProbe probe, string outputMp4, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return LoggedAsync(input, "browser MP4", async () =>
        {
            if (probe.Video is null)
            {
                throw MediaFailures.NoVideo(input);
            }

            bool copyVideo = BrowserPlayability.IsPlayableMp4Video(probe.Video);
            bool copyAudio = probe.Audio is null || BrowserPlayability.IsPlayableMp4Audio(probe.Audio);
            var arguments = new FfmpegArgs().WithProgress().Input(input).Map("0:v:0").MapIfPresent("0:a:0").NoSubtitlesOrData();

            // H.264 in 4:2:0 needs even dimensions; phone and screen recordings are not always so.
            arguments = copyVideo
                ? arguments.VideoCodec("copy")
                : arguments.VideoCodec("libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p").VideoFilter("scale=trunc(iw/2)*2:trunc(ih/2)*2");
            arguments = copyAudio ? arguments.AudioCodec("copy") : arguments.AudioCodec("aac").Options("-b:a", AudioBitRate);
            await RunToFileAsync(input, "Making the browser version", arguments.FastStart(), "mp4", outputMp4, probe.Duration, RequiredStream.Video, progress, ct);
            return copyVideo && copyAudio ? RenditionMethod.StreamCopy : RenditionMethod.Transcoded;
        });
    }

    /// <inheritdoc/>
    public Task CreateDownloadAsync(string input, TimeSpan duration, string captionsVtt, string language, string output, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrEmpty(captionsVtt);
        ArgumentException.ThrowIfNullOrEmpty(output);
        bool webm = string.Equals(Path.GetExtension(output), ".webm", StringComparison.OrdinalIgnoreCase);
        return LoggedAsync(input, webm ? "download WebM" : "download MP4", async () =>
        {
            InputFile.Require(captionsVtt, "Adding the captions");
            var arguments = new FfmpegArgs()
                .WithProgress()
                .Input(input)
                .OwnInput(captionsVtt, "webvtt")
                .MapIfPresent("0:v:0")
                .MapIfPresent("0:a:0")
                .Map("1:s:0")
                .Options("-c:v", "copy", "-c:a", "copy", "-c:s", webm ? "webvtt" : "mov_text")
                .Options("-metadata:s:s:0", "language=" + Iso6392(language), "-disposition:s:0", "default");
            arguments = webm ? arguments : arguments.FastStart();
            await RunToFileAsync(input, "Adding the captions to the download", arguments, webm ? "webm" : "mp4", output, duration, RequiredStream.None, progress, ct);
            return RenditionMethod.StreamCopy;
        });
    }

    private async Task RunToFileAsync(
        string input, string operation, FfmpegArgs arguments, string format, string destination, TimeSpan duration, RequiredStream required,
        IProgress<double>? progress, CancellationToken ct)
    {
        InputFile.Require(input, operation);
        using var output = new PartialOutputFile(destination);
        var tracker = new FfmpegProgress(duration, progress);
        var result = await FfmpegRun.RunAsync(_options, input, operation, arguments.Output(output.TemporaryPath, format).Build(), required, tracker.OnLine, _logger, ct);
        Completeness.Require(input, tracker, duration, result);
        output.Commit();
        tracker.Complete();
    }

    private async Task<T> LoggedAsync<T>(string input, string rendition, Func<Task<T>> make)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            var result = await make();
            LogMade(_logger, rendition, input, result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (MediaProcessingException ex)
        {
            LogFailed(_logger, ex, rendition, input, ex.Code, ex.ToolOutput);
            throw;
        }
    }

    // MP4 tags a track's language with an ISO 639-2 code; anything else would be refused by the muxer.
    private static string Iso6392(string language) => ThreeLetterCode().IsMatch(language) ? language : "und";

    [GeneratedRegex("^[a-z]{3}$")]
    private static partial Regex ThreeLetterCode();

    [LoggerMessage(Level = LogLevel.Information, Message = "Made the {Rendition} of {Input}: {Result} in {ElapsedMs:F0} ms")]
    private static partial void LogMade(ILogger logger, string rendition, string input, object? result, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Making the {Rendition} of {Input} failed with {Code}; ffmpeg said: {ToolOutput}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string rendition, string input, MediaErrorCode code, string? toolOutput);
}
