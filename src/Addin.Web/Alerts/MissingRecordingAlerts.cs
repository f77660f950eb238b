using System.Globalization;
using Addin.Core.Alerts;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Alerts;

/// <summary>
/// Tells operations, and the session's instructor, about each scheduled session that ended without any recording
/// arriving within <see cref="QualityOptions.NoRecordingGrace"/>: the open "no recording" quality flags of sessions
/// that have no recording at all (a recording that arrived and failed has its own alert). Each notice goes out once;
/// one that could not be sent is tried again on the next sweep.
/// </summary>
public sealed class MissingRecordingAlerts(AddinDbContext db, AlertSender sender, IOptions<AlertOptions> options, TimeProvider time)
{
    /// <summary>Sessions that ended longer ago than this are not alerted about: a first sweep after an upgrade must not page operations about last year.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    /// <summary>Sends what is due; returns the problems of the notices that could not be sent (tried again next sweep).</summary>
    public async Task<IReadOnlyList<string>> SendDueAsync(CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - MaxAge;
        var due = await db.QualityFlags.AsNoTracking()
            .Where(f => f.Kind == QualityFlagKind.NoRecording && f.Status == QualityFlagStatus.Open && f.Session!.EndsAt >= since)
            .Where(f => !db.Recordings.Any(r => r.SessionId == f.SessionId))
            .Where(f => !db.Alerts.Any(a => a.SessionId == f.SessionId && a.Kind == AlertKind.RecordingMissing)
                || db.Alerts.Any(a => a.SessionId == f.SessionId && a.Kind == AlertKind.RecordingMissing && (a.Status == AlertStatus.Pending || a.Status == AlertStatus.Failed)))
            .Select(f => new MissingRecording(
                f.SessionId,
                f.Session!.Title,
                f.Session.StartsAt,
                f.Session.EndsAt!.Value,
                f.Session.TimeZone,
                f.Session.Course!.Title,
                f.Session.Course.PlatformId,
                f.Session.CourseId,
                f.Evidence,
                f.Session.Instructor!.Email,
                f.Session.Substitute!.Email))
            .ToListAsync(cancellationToken);

        var problems = new List<string>();
        foreach (var session in due)
        {
            var subject = AlertSubject.ForSession(session.PlatformId, session.SessionId);
            foreach (var notice in await NoticesAsync(session, cancellationToken))
            {
                if (await sender.SendOnceAsync(subject, notice, cancellationToken) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }

    private async Task<List<AlertNotice>> NoticesAsync(MissingRecording session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string key = string.Create(CultureInfo.InvariantCulture, $"session:{session.SessionId}:missing");
        var notices = settings.OperationsNotifiers.Select(id => new AlertNotice(
            $"{key}:operations:{id}", AlertKind.RecordingMissing, AlertAudience.Operations, id,
            AlertMessages.OperationsMissing(session, settings.OperationsRecipients))).ToList();
        if (settings is { TellInstructorsWhenMissing: true, InstructorNotifier: { Length: > 0 } notifier })
        {
            var recipients = await CourseInstructors.ForSessionAsync(db, session.CourseId, session.InstructorEmail, session.SubstituteEmail, cancellationToken);
            notices.Add(new AlertNotice($"{key}:instructors:{notifier}", AlertKind.RecordingMissing, AlertAudience.Instructors, notifier,
                AlertMessages.InstructorsMissing(session, recipients)));
        }

        return notices;
    }
}

/// <summary>A scheduled session that ended without a recording, as the alerts describe it.</summary>
internal sealed record MissingRecording(
    long SessionId,
    string Title,
    DateTimeOffset? StartsAt,
    DateTimeOffset EndsAt,
    string? TimeZone,
    string CourseTitle,
    long PlatformId,
    long CourseId,
    string Evidence,
    string? InstructorEmail,
    string? SubstituteEmail)
{
    /// <summary>When it was scheduled, in the session's own time zone.</summary>
    public string When => SessionTime.Describe(StartsAt, EndsAt, TimeZone);
}
