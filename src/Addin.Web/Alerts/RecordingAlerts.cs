using System.Globalization;
using Addin.Core.Alerts;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Alerts;

/// <summary>
/// Sends the alerts about one recording outcome: to operations through each operations notifier, and to the course's
/// instructors, each once (<see cref="AlertSender"/>); any failure is thrown, so the job engine tries again.
/// </summary>
public sealed class RecordingAlerts(AddinDbContext db, AlertSender sender, IOptions<AlertOptions> options)
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
            if (await sender.SendOnceAsync(AlertSubject.ForRecording(recording.Course!.PlatformId, recording.Id), notice, cancellationToken) is { } failure)
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
}
