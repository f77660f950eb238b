using Addin.Media.Tools;

namespace Addin.Media.Processing;

/// <summary>Tells a run that read the whole input from one that stopped early on damaged data.</summary>
internal static class Completeness
{
    // Below this share of the expected duration, with decode errors on stderr, the input counts as cut off.
    private const double CompleteShare = 0.9;

    /// <summary>
    /// Without -xerror ffmpeg skips undecodable packets (and a copy skips missing ones) and exits 0; a run that stops
    /// early with such errors read a cut-off file. (-xerror would also fail a long recording over one damaged packet.)
    /// </summary>
    /// <exception cref="MediaProcessingException">The input is cut off (<see cref="MediaErrorCode.Corrupt"/>).</exception>
    public static void Require(string input, FfmpegProgress tracker, TimeSpan duration, ToolResult result)
    {
        if (tracker.Processed < duration * CompleteShare && ToolFailure.HasDecodeErrors(result))
        {
            throw MediaFailures.Corrupt(input, $"only {tracker.Processed:hh\\:mm\\:ss} of its {duration:hh\\:mm\\:ss} could be decoded", result.ErrorText);
        }
    }
}
