using System.Security.Cryptography;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Compliance;

/// <summary>
/// Erases a student from an institution's data in one transaction: their person rows and everything hanging off them,
/// the one-to-one sessions only they took part in, transcript lines they spoke, and their identifiers wherever they
/// appear in text. Audit events are kept with the actor replaced by a pseudonym, and without the address and browser they came from. Media is deleted after the commit by
/// <see cref="ErasedMediaDeleter"/>, so a store that fails cannot leave the database half-erased.
/// </summary>
public sealed class StudentErasure(AddinDbContext db, TimeProvider time)
{
    public const string RedactedLine = "[redacted]";

    /// <param name="student">Who to erase.</param>
    /// <param name="by">Who asked (the operator or a reviewer), for the audit event the erasure leaves.</param>
    /// <param name="cancellationToken">Cancels before the commit only.</param>
    public async Task<ErasureReport> EraseAsync(InstitutionStudent student, ErasureRequester by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(by);
        var report = new ErasureReport();
        var ids = student.PersonIds;
        var lowered = student.Identifiers.Select(s => s.ToLowerInvariant()).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await EraseOwnSessionsAsync(ids, report, cancellationToken);
        var institutionCourses = db.Courses.Where(c => c.Platform!.InstitutionId == student.InstitutionId).Select(c => c.Id);
        var institutionTranscripts = db.Transcripts.Where(t => db.Recordings.Any(r => r.Id == t.RecordingId && institutionCourses.Contains(r.CourseId))).Select(t => t.Id);
        report.Add("transcript lines redacted", await db.TranscriptLines
            .Where(l => l.Speaker != null && lowered.Contains(l.Speaker.ToLower()) && institutionTranscripts.Contains(l.TranscriptId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Text, RedactedLine).SetProperty(l => l.Speaker, PersonalTextScrubber.Replacement), cancellationToken));

        string actor = $"actor {Pseudonym()}; ";
        report.Add("audit entries pseudonymised", await db.AuditEntries.Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value))
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.PersonId, (long?)null).SetProperty(a => a.Detail, a => actor + (a.Detail ?? ""))
                    .SetProperty(a => a.RemoteAddress, (string?)null).SetProperty(a => a.UserAgent, (string?)null),
                cancellationToken));

        report.Add("enrollments", await db.Enrollments.Where(e => ids.Contains(e.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("mentor links", await db.MentorLinks.Where(m => ids.Contains(m.StudentId) || ids.Contains(m.MentorId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("session participations", await db.SessionParticipants.Where(p => ids.Contains(p.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("activity rows", await db.StudentActivities.Where(a => ids.Contains(a.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("risk interventions", await db.RiskInterventions.Where(i => ids.Contains(i.StudentId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("risk assessments and alerts", await db.RiskAssessments.Where(a => ids.Contains(a.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("playback events", await db.PlaybackEvents.Where(e => ids.Contains(e.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("viewing progress", await db.PlaybackProgress.Where(p => ids.Contains(p.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("review self-checks", await db.ReviewSubmissions.Where(s => ids.Contains(s.PersonId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("player preferences", await db.PlayerPreferences.Where(p => ids.Contains(p.PersonId)).ExecuteDeleteAsync(cancellationToken));

        foreach (var (table, cells) in await PersonalTextScrubber.ScrubAsync(db, student.Identifiers, cancellationToken))
        {
            report.Add($"text anonymised in {table}", cells);
        }

        report.Add("people", await db.People.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken));
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(), PersonId = by.PersonId, PlatformId = student.People[0].PlatformId, Action = AuditActions.EraseStudent, TargetType = "person", Allowed = true,
            Channel = by.Origin.Channel, RemoteAddress = by.Origin.RemoteAddress, UserAgent = by.Origin.UserAgent,
            Detail = $"by {by.Name}: " + string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value}")),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Sessions whose only participant is the student: their recordings (and all derived data) go, and their media after the commit.</summary>
    private async Task EraseOwnSessionsAsync(IReadOnlyList<long> ids, ErasureReport report, CancellationToken cancellationToken)
    {
        var sessions = db.Sessions.Where(s => s.Participants.Any() && s.Participants.All(p => ids.Contains(p.PersonId))).Select(s => s.Id);
        var recordings = await db.Recordings.AsNoTracking().Where(r => sessions.Contains(r.SessionId))
            .Select(r => new { r.Course!.PlatformId, Keys = new[] { r.MediaKey, r.PosterKey, r.CaptionsKey, r.SourceTranscriptKey, r.AudioKey, r.PlaybackKey, r.DownloadKey, r.ThumbnailsKey, r.ThumbnailSpriteKey, r.HighlightsKey, r.HighlightCaptionsKey } })
            .ToListAsync(cancellationToken);
        report.MediaToDelete.AddRange(recordings.SelectMany(r => r.Keys.OfType<string>().Distinct().Select(k => new MediaObject(r.PlatformId, k))));
        report.Add("one-to-one recordings", await db.Recordings.Where(r => sessions.Contains(r.SessionId)).ExecuteDeleteAsync(cancellationToken));
        report.Add("one-to-one sessions", await db.Sessions.Where(s => sessions.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken));
    }

    /// <summary>Stands for the erased actor in kept audit events: the same within one erasure, unrelated to who they were.</summary>
    private static string Pseudonym() => "erased-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
