using Addin.Media.Tools;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Processing;

/// <summary>Runs one ffmpeg command on an input and maps every failure to a <see cref="MediaProcessingException"/>.</summary>
internal static class FfmpegRun
{
    /// <param name="options">Where ffmpeg is and how long it may run.</param>
    /// <param name="input">The input the messages talk about.</param>
    /// <param name="operation">What is being done, for messages.</param>
    /// <param name="arguments">The ffmpeg arguments.</param>
    /// <param name="required">The stream selected with <c>-map</c>, to name it when it is missing.</param>
    /// <param name="onOutputLine">Receives stdout lines (the <c>-progress</c> report), if wanted.</param>
    /// <param name="logger">Where the run is logged.</param>
    /// <param name="cancellationToken">Stops ffmpeg.</param>
    public static async Task<ToolResult> RunAsync(
        FfmpegOptions options,
        string input,
        string operation,
        IReadOnlyList<string> arguments,
        RequiredStream required,
        Action<string>? onOutputLine,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var tool = ToolBinary.Ffmpeg(options);
        ToolResult result;
        try
        {
            result = await FfmpegProcess.RunAsync(new ToolInvocation(tool, arguments, options.ProcessTimeout) { OnOutputLine = onOutputLine }, logger, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw MediaFailures.Timeout(input, operation, options.ProcessTimeout, ex);
        }

        return result.ExitCode == 0 ? result : throw ToolFailure.Classify(input, operation, tool, result, required);
    }
}
