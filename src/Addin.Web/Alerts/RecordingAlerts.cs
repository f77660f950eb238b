using System.Globalization;
using Addin.Core.Alerts;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Alerts;

/// <summary>
/// Sends the alerts about one recording outcome: to operations through each operations notifier, and to the course's
/// instructors. Each alert is recorded under a unique key before it is sent and marked sent after, so a job that runs
/// again sends only what has not gone out; any failure is recorded and thrown, so the job engine tries again.
/// </summary>
public sealed partial class RecordingAlerts(
    AddinDbContext db,
    IPlatformProviders providers,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<RecordingAlerts> logger)
{
    /// <summary>Sends what has not been sent for this outcome.</summary>
    /// <exception cref="AlertDeliveryException">At least one alert could not be sent; the rest went out.</exception>
    public async Task SendAsync(long recordingId, RecordingStatus outcome, long eventId, CancellationToken cancellationToken)
    {
        var recording = await db.Recordings.AsNoTracking().Include(r => r.Course).SingleOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        var entry = await db.RecordingEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId && e.RecordingId == recordingId, cancellationToken);
        if (recording is null || entry is null)
        {
            return;
        }

        var failures = new List<string>();
        foreach (var notice in await NoticesAsync(recording, outcome, entry, cancellationToken))
        {
            if (await SendOnceAsync(recording, notice, cancellationToken) is { } failure)
            {
                failures.Add(failure);
            }
        }

        if (failures.Count > 0)
        {
            throw new AlertDeliveryException($"Alerts about recording {recordingId} not sent yet: {string.Join(" ", failures)}");
        }
    }

    private async Task<List<AlertNotice>> NoticesAsync(Recording recording, RecordingStatus outcome, RecordingEvent entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string prefix = string.Create(CultureInfo.InvariantCulture, $"recording:{recording.Id}");
        var notices = new List<AlertNotice>();
        var instructors = await CourseInstructors.EmailsAsync(db, recording.CourseId, cancellationToken);
        if (outcome == RecordingStatus.Failed)
        {
            string key = string.Create(CultureInfo.InvariantCulture, $"{prefix}:failed:{entry.Id}");
            notices.AddRange(settings.OperationsNotifiers.Select(id => new AlertNotice(
                $"{key}:operations:{id}", AlertKind.RecordingFailed, AlertAudience.Operations, id,
                AlertMessages.OperationsFailed(recording, entry.Message, settings.OperationsRecipients))));
            if (settings is { TellInstructorsWhenFailed: true, InstructorNotifier: { Length: > 0 } notifier })
            {
                notices.Add(new AlertNotice($"{key}:instructors:{notifier}", AlertKind.RecordingFailed, AlertAudience.Instructors, notifier,
                    AlertMessages.InstructorsFailed(recording, entry.Message, instructors)));
            }
        }
        else if (outcome == RecordingStatus.Ready && settings is { TellInstructorsWhenReady: true, InstructorNotifier: { Length: > 0 } notifier })
        {
            // One ready notice per recording, whatever happened before it.
            notices.Add(new AlertNotice($"{prefix}:ready:instructors:{notifier}", AlertKind.RecordingReady, AlertAudience.Instructors, notifier,
                AlertMessages.InstructorsReady(recording, instructors)));
        }

        return notices;
    }

    /// <summary>Sends the notice unless it went out already; returns why it failed, or null.</summary>
    private async Task<string?> SendOnceAsync(Recording recording, AlertNotice notice, CancellationToken cancellationToken)
    {
        var alert = await ClaimAsync(recording, notice, cancellationToken);
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

        try
        {
            var notifier = await providers.GetNotifierAsync(recording.Course!.PlatformId, notice.NotifierId, cancellationToken);
            await notifier.SendAsync(notice.Notification, cancellationToken);
            alert.Status = AlertStatus.Sent;
            alert.SentAt = time.GetUtcNow();
            alert.Error = null;
            await db.SaveChangesAsync(cancellationToken);
            LogSent(logger, notice.Kind, notice.Audience, notice.NotifierId, recording.Id);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Notifiers' messages name the server and the failure, never a password or a webhook URL.
            string error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            alert.Status = AlertStatus.Failed;
            alert.Error = error;
            await db.SaveChangesAsync(CancellationToken.None);
            LogNotSent(logger, notice.Kind, notice.Audience, notice.NotifierId, recording.Id, error);
            return $"{notice.Audience} through '{notice.NotifierId}': {error}";
        }
    }

    /// <summary>The alert's record, created if new; null when it was sent (or skipped) already.</summary>
    private async Task<Alert?> ClaimAsync(Recording recording, AlertNotice notice, CancellationToken cancellationToken)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Key == notice.Key, cancellationToken);
        if (alert is null)
        {
            alert = new Alert
            {
                Key = notice.Key,
                RecordingId = recording.Id,
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Kind} sent to {Audience} through {NotifierId} for recording {RecordingId}")]
    private static partial void LogSent(ILogger logger, AlertKind kind, AlertAudience audience, string notifierId, long recordingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Kind} to {Audience} through {NotifierId} for recording {RecordingId} not sent: {Error}")]
    private static partial void LogNotSent(ILogger logger, AlertKind kind, AlertAudience audience, string notifierId, long recordingId, string error);
}
