using Addin.Media.Arguments;
using Addin.Media.Tools;
using FFMpegCore;
using FFMpegCore.Exceptions;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Probing;

/// <summary>Runs ffprobe on a file and turns its JSON into a <see cref="MediaProbe"/>, or its failure into a <see cref="MediaProcessingException"/>.</summary>
internal static class FfprobeRunner
{
    private const string Operation = "Reading the recording";

    public static async Task<MediaProbe> ProbeAsync(FfmpegOptions options, string path, ILogger logger, CancellationToken cancellationToken)
    {
        var file = InputFile.Require(path, Operation);
        var tool = ToolBinary.Ffprobe(options);
        ToolResult result;
        try
        {
            result = await FfmpegProcess.RunAsync(new ToolInvocation(tool, Arguments(file.FullName), options.ProbeTimeout), logger, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw MediaFailures.Timeout(path, Operation, options.ProbeTimeout, ex);
        }

        if (result.ExitCode != 0)
        {
            throw ToolFailure.Classify(path, Operation, tool, result);
        }

        if (result.OutputTruncated)
        {
            throw MediaFailures.NotMedia(path, "ffprobe: its metadata is unreasonably large");
        }

        return ToProbe(path, file.Length, Parse(path, result));
    }

    // The same switches FFMpegCore's own FFProbe.AnalyseAsync passes, so FFProbe.FromJson reads the output as it expects.
    private static IReadOnlyList<string> Arguments(string fullPath) =>
        ["-hide_banner", "-loglevel", "error", "-print_format", "json", "-show_format", "-sexagesimal", "-show_streams", .. InputPolicy.Arguments, "-i", fullPath];

    private static IMediaAnalysis Parse(string path, ToolResult result)
    {
        try
        {
            return FFProbe.FromJson(result.Output);
        }
        catch (FormatNullException ex)
        {
            throw MediaFailures.NotMedia(path, "ffprobe found no container format", result.Output, ex);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or OverflowException)
        {
            throw MediaFailures.Failed(path, Operation, "ffprobe's report could not be read", result.ErrorText, ex);
        }
    }

    private static MediaProbe ToProbe(string path, long size, IMediaAnalysis analysis)
    {
        var video = analysis.VideoStreams.FirstOrDefault(stream => stream.Disposition?.GetValueOrDefault("attached_pic") != true);
        var audio = analysis.PrimaryAudioStream;
        if (video is null && audio is null)
        {
            throw MediaFailures.NoStreams(path);
        }

        return new MediaProbe(
            analysis.Duration,
            analysis.Format.FormatName,
            size,
            analysis.Format.BitRate is > 0 ? analysis.Format.BitRate : null,
            video is null ? null : new VideoStreamInfo(video.CodecName ?? "unknown", video.Width ?? 0, video.Height ?? 0, FrameRate(video), video.PixelFormat),
            audio is null ? null : new AudioStreamInfo(audio.CodecName ?? "unknown", audio.SampleRateHz ?? 0, audio.Channels ?? 0),
            analysis.Format.StreamCount);
    }

    // ffprobe writes "0/0" for an unknown rate, which FFMpegCore divides into NaN.
    private static double? FrameRate(VideoStream video) =>
        double.IsFinite(video.AverageFrameRate) && video.AverageFrameRate > 0 ? video.AverageFrameRate : null;
}
