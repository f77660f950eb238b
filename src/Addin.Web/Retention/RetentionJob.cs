using Addin.Core.Audit;
using Addin.Core.Retention;
using Hangfire;

namespace Addin.Web.Retention;

/// <summary>The daily retention run, as <c>./addin retention run</c> does it; its report goes to the log.</summary>
public sealed partial class RetentionJob(RetentionRun run, ILogger<RetentionJob> logger)
{
    public const string RecurringJobId = "retention";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Retention: notices, deletions and tier moves")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await run.RunAsync(dryRun: false, AuditOrigin.Job, cancellationToken);
        foreach (var item in report.Items)
        {
            if (item.Problem is { } problem)
            {
                LogProblem(logger, item.Step, item.RecordingId, item.Why, problem);
            }
            else
            {
                LogStep(logger, item.Step, item.RecordingId, item.Why);
            }
        }

        LogDone(logger, report.Count(RetentionStep.Notice), report.Count(RetentionStep.Delete), report.Count(RetentionStep.Move),
            report.Count(RetentionStep.SparedByKeep) + report.Count(RetentionStep.SparedByLegalHold));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention {Step} recording {RecordingId}: {Why}")]
    private static partial void LogStep(ILogger logger, RetentionStep step, long recordingId, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention {Step} recording {RecordingId} ({Why}) failed: {Problem}")]
    private static partial void LogProblem(ILogger logger, RetentionStep step, long recordingId, string why, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run: {Notices} notices, {Deleted} deleted, {Moved} moved, {Spared} spared by keep or legal hold")]
    private static partial void LogDone(ILogger logger, int notices, int deleted, int moved, int spared);
}
