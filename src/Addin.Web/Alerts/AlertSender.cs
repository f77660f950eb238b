using Addin.Core.Alerts;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Alerts;

/// <summary>
/// Sends one notice at most once: the alert is recorded under its unique key before it is sent and marked sent after,
/// so a job that runs again sends only what has not gone out; a failure is recorded on the alert and returned.
/// </summary>
public sealed partial class AlertSender(AddinDbContext db, IPlatformProviders providers, TimeProvider time, ILogger<AlertSender> logger)
{
    /// <summary>Sends the notice unless it went out already; returns why it failed, or null.</summary>
    internal async Task<string?> SendOnceAsync(AlertSubject subject, AlertNotice notice, CancellationToken cancellationToken)
    {
        var alert = await ClaimAsync(subject, notice, cancellationToken);
        if (alert is null)
        {
            return null;
        }

        alert.Attempts++;
        if (notice.Audience == AlertAudience.Instructors && notice.Notification.Recipients.Count == 0)
        {
            alert.Status = AlertStatus.Skipped;
            alert.Error = "No instructor of the course has an email address in the LMS.";
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        string? error = await NotifierDispatch.TrySendAsync(providers, subject.PlatformId, notice.NotifierId, notice.Notification, cancellationToken);
        if (error is null)
        {
            alert.Status = AlertStatus.Sent;
            alert.SentAt = time.GetUtcNow();
            alert.Error = null;
            await db.SaveChangesAsync(cancellationToken);
            LogSent(logger, notice.Kind, notice.Audience, notice.NotifierId, subject.Describe());
            return null;
        }

        alert.Status = AlertStatus.Failed;
        alert.Error = error;
        await db.SaveChangesAsync(CancellationToken.None);
        LogNotSent(logger, notice.Kind, notice.Audience, notice.NotifierId, subject.Describe(), error);
        return $"{notice.Audience} through '{notice.NotifierId}': {error}";
    }

    /// <summary>The alert's record, created if new; null when it was sent (or skipped) already.</summary>
    private async Task<Alert?> ClaimAsync(AlertSubject subject, AlertNotice notice, CancellationToken cancellationToken)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Key == notice.Key, cancellationToken);
        if (alert is null)
        {
            alert = new Alert
            {
                Key = notice.Key,
                RecordingId = subject.RecordingId,
                SessionId = subject.SessionId,
                Kind = notice.Kind,
                Audience = notice.Audience,
                NotifierId = notice.NotifierId,
                Recipients = string.Join(", ", notice.Notification.Recipients),
                Subject = notice.Notification.Subject.Length > 500 ? notice.Notification.Subject[..500] : notice.Notification.Subject,
                Status = AlertStatus.Pending,
                CreatedAt = time.GetUtcNow(),
            };
            db.Alerts.Add(alert);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another run of the same job recorded it first: that run sends it.
                db.ChangeTracker.Clear();
                return null;
            }

            return alert;
        }

        return alert.Status is AlertStatus.Sent or AlertStatus.Skipped ? null : alert;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Kind} sent to {Audience} through {NotifierId} for {Subject}")]
    private static partial void LogSent(ILogger logger, AlertKind kind, AlertAudience audience, string notifierId, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Kind} to {Audience} through {NotifierId} for {Subject} not sent: {Error}")]
    private static partial void LogNotSent(ILogger logger, AlertKind kind, AlertAudience audience, string notifierId, string subject, string error);
}
