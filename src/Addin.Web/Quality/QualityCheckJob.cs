using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Web.Alerts;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Quality;

/// <summary>The durable jobs that check sessions' quality: one session after its recording's pipeline, and every session that is due.</summary>
public sealed partial class QualityCheckJob(SessionQualityChecker checker, MissingRecordingAlerts missing, AddinDbContext db, ILogger<QualityCheckJob> logger)
{
    public const string RecurringJobId = "quality-check";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 300, 1800])]
    [JobDisplayName("Quality check of recording {0}'s session")]
    public async Task RunForRecordingAsync(long recordingId, CancellationToken cancellationToken)
    {
        long? sessionId = await db.Recordings.AsNoTracking().Where(r => r.Id == recordingId).Select(r => (long?)r.SessionId).SingleOrDefaultAsync(cancellationToken);
        if (sessionId is { } id)
        {
            await checker.CheckAsync(id, cancellationToken);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("Quality check of the sessions that ended or changed")]
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await checker.DueAsync(cancellationToken);
        foreach (long sessionId in due)
        {
            await checker.CheckAsync(sessionId, cancellationToken);
        }

        LogChecked(logger, due.Count);
        foreach (string problem in await missing.SendDueAsync(cancellationToken))
        {
            LogMissingNotSent(logger, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked the quality of {Count} sessions")]
    private static partial void LogChecked(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A missing-recording alert was not sent (tried again on the next sweep): {Problem}")]
    private static partial void LogMissingNotSent(ILogger logger, string problem);
}
