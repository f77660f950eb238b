using System.Diagnostics;
using System.Globalization;
using System.Text;
using Addin.Media.Arguments;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Highlights;

/// <summary>Cuts highlight clips with one ffmpeg run from <see cref="FfmpegOptions.BinaryFolder"/>, within <see cref="FfmpegOptions.ProcessTimeout"/>.</summary>
public sealed partial class FfmpegHighlightCutter(FfmpegOptions options, ILogger<FfmpegHighlightCutter> logger) : IHighlightCutter
{
    private const string Operation = "Cutting the highlights";

    /// <inheritdoc/>
    public async Task CutAsync(string input, MediaProbe probe, ClipTimeline timeline, string outputMp4, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentException.ThrowIfNullOrEmpty(outputMp4);
        long started = Stopwatch.GetTimestamp();
        try
        {
            InputFile.Require(input, Operation);
            if (probe.Video is null && probe.Audio is null)
            {
                throw MediaFailures.NoStreams(input);
            }

            // One input per part, each opened with a seek and a length: ffmpeg reads only those stretches (from the
            // keyframe before each), and since the output is encoded the cut falls on the exact frame.
            var arguments = new FfmpegArgs().WithProgress();
            foreach (var part in timeline.Parts)
            {
                arguments = arguments.Input(input, part.Start, part.Length);
            }

            arguments = arguments.FilterComplex(JoinGraph(timeline.Parts.Count, probe.Video is not null, probe.Audio is not null));
            if (probe.Video is not null)
            {
                arguments = arguments.Map("[v]").VideoCodec("libx264", "-preset", "veryfast", "-crf", "23");
            }

            if (probe.Audio is not null)
            {
                arguments = arguments.Map("[a]").AudioCodec("aac").Options("-b:a", "128k");
            }

            using var output = new PartialOutputFile(outputMp4);
            var tracker = new FfmpegProgress(timeline.Duration, progress);
            var result = await FfmpegRun.RunAsync(
                options, input, Operation, arguments.FastStart().Output(output.TemporaryPath, "mp4").Build(), RequiredStream.None, tracker.OnLine, logger, ct);
            Completeness.Require(input, tracker, timeline.Duration, result);
            output.Commit();
            tracker.Complete();
            LogCut(logger, input, timeline.Parts.Count, timeline.Duration, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (MediaProcessingException ex)
        {
            LogFailed(logger, ex, input, ex.Code, ex.ToolOutput);
            throw;
        }
    }

    /// <summary>
    /// The concat filter joins the parts' tracks in order (padding a part's shorter sound with silence); H.264 in 4:2:0
    /// needs even dimensions, which phone and screen recordings do not always have.
    /// </summary>
    internal static string JoinGraph(int parts, bool video, bool audio)
    {
        var graph = new StringBuilder();
        for (int i = 0; i < parts; i++)
        {
            graph.Append(video ? $"[{i}:v:0]" : "").Append(audio ? $"[{i}:a:0]" : "");
        }

        graph.Append(CultureInfo.InvariantCulture, $"concat=n={parts}:v={(video ? 1 : 0)}:a={(audio ? 1 : 0)}");
        graph.Append(video ? "[joined]" : "").Append(audio ? "[a]" : "");
        return video ? graph.Append(";[joined]scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p[v]").ToString() : graph.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cut the highlights of {Input}: {Parts} parts, {Duration} in {ElapsedMs:F0} ms")]
    private static partial void LogCut(ILogger logger, string input, int parts, TimeSpan duration, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cutting the highlights of {Input} failed with {Code}; ffmpeg said: {ToolOutput}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string input, MediaErrorCode code, string? toolOutput);
}
