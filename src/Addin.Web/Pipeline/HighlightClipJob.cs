using Addin.Core.Highlights;
using Hangfire;

namespace Addin.Web.Pipeline;

/// <summary>
/// The durable job that cuts a recording's highlight clip after its recap is approved or edited. Idempotent: a run for
/// a version already cut does nothing. A failure (a damaged or missing recording) is in the recording's log and fails
/// the job with its reason; the recap stays approved.
/// </summary>
public sealed partial class HighlightClipJob(HighlightClipMaker maker, ILogger<HighlightClipJob> logger)
{
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Cut the highlights of recording {0}")]
    public async Task RunAsync(long recordingId, CancellationToken cancellationToken)
    {
        var result = await maker.CutAsync(recordingId, cancellationToken);
        LogCut(logger, recordingId, result.Outcome, result.Message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Highlights of recording {RecordingId}: {Outcome}, {Message}")]
    private static partial void LogCut(ILogger logger, long recordingId, HighlightCutOutcome outcome, string message);
}
