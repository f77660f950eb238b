using System.Diagnostics;
using Addin.Media.Arguments;
using Addin.Media.Probing;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Processing;

/// <summary>Extracts speech audio and posters with ffmpeg from <see cref="FfmpegOptions.BinaryFolder"/>, within <see cref="FfmpegOptions.ProcessTimeout"/>.</summary>
public sealed partial class FfmpegMediaProcessor : IMediaProcessor
{
    private const int SpeechSampleRate = 16000;
    private const int MinPosterWidth = 16;
    private const int MaxPosterWidth = 7680;

    private readonly FfmpegOptions _options;
    private readonly ILogger<FfmpegMediaProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    public FfmpegMediaProcessor(FfmpegOptions options, ILogger<FfmpegMediaProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task ExtractSpeechAudioAsync(string input, string outputWav, TimeSpan duration, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        try
        {
            await ExtractAsync(input, outputWav, duration, progress, ct);
        }
        catch (MediaProcessingException ex)
        {
            LogFailed(_logger, ex, input, ex.Code, ex.ToolOutput);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task CreatePosterAsync(string input, string outputJpeg, TimeSpan at, int width, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(at, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinPosterWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxPosterWidth);
        try
        {
            await PosterAsync(input, outputJpeg, at, width, ct);
        }
        catch (MediaProcessingException ex)
        {
            LogFailed(_logger, ex, input, ex.Code, ex.ToolOutput);
            throw;
        }
    }

    private async Task ExtractAsync(string input, string outputWav, TimeSpan duration, IProgress<double>? progress, CancellationToken ct)
    {
        const string Operation = "Extracting the speech audio";
        InputFile.Require(input, Operation);
        long started = Stopwatch.GetTimestamp();
        using var output = new PartialOutputFile(outputWav);
        var tracker = new FfmpegProgress(duration, progress);
        var arguments = new FfmpegArgs()
            .WithProgress()
            .Input(input)
            .Map("0:a:0")
            .AudioOnly()
            .AudioCodec("pcm_s16le", SpeechSampleRate, channels: 1)
            .Output(output.TemporaryPath, "wav")
            .Build();

        var result = await FfmpegRun.RunAsync(_options, input, Operation, arguments, RequiredStream.Audio, tracker.OnLine, _logger, ct);

        Completeness.Require(input, tracker, duration, result);

        output.Commit();
        tracker.Complete();
        LogExtracted(_logger, input, output.Destination, tracker.Processed, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task PosterAsync(string input, string outputJpeg, TimeSpan at, int width, CancellationToken ct)
    {
        const string Operation = "Making the poster image";
        long started = Stopwatch.GetTimestamp();
        var probe = await FfprobeRunner.ProbeAsync(_options, input, _logger, ct);
        if (probe.Video is null)
        {
            throw MediaFailures.NoVideo(input);
        }

        var seek = at < probe.Duration ? at : probe.Duration * 0.1;
        using var output = new PartialOutputFile(outputJpeg);
        var arguments = new FfmpegArgs()
            .Input(input, seek)
            .Map("0:v:0")
            .VideoFrames(1)
            .VideoFilter($"scale={width}:-2")
            // -update 1 writes exactly this file; otherwise the image muxer reads a '%d' in the name as a frame-number pattern.
            .Options("-q:v", "3", "-update", "1")
            .Output(output.TemporaryPath, "image2")
            .Build();

        var result = await FfmpegRun.RunAsync(_options, input, Operation, arguments, RequiredStream.Video, onOutputLine: null, _logger, ct);

        // Past the last decodable frame ffmpeg exits 0 and writes nothing.
        if (!output.HasContent)
        {
            throw MediaFailures.Corrupt(input, $"no picture could be decoded at {seek:hh\\:mm\\:ss}", result.ErrorText);
        }

        output.Commit();
        LogPoster(_logger, input, output.Destination, seek, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Extracted {Processed} of speech audio from {Input} to {Output} in {ElapsedMs:F0} ms")]
    private static partial void LogExtracted(ILogger logger, string input, string output, TimeSpan processed, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the poster of {Input} at {At} to {Output} in {ElapsedMs:F0} ms")]
    private static partial void LogPoster(ILogger logger, string input, string output, TimeSpan at, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing {Input} failed with {Code}; ffmpeg said: {ToolOutput}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string input, MediaErrorCode code, string? toolOutput);
}
