using System.Globalization;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Compliance;

/// <summary>Gathers everything Addin holds about a student of an institution (the subject-access export).</summary>
public sealed class StudentExport(AddinDbContext db, TimeProvider time)
{
    public async Task<StudentExportDocument> BuildAsync(InstitutionStudent student, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(student);
        var ids = student.PersonIds;
        var lowered = student.Identifiers.Select(s => s.ToLowerInvariant()).ToList();
        var people = db.People.AsNoTracking();

        var profiles = await people.Where(p => ids.Contains(p.Id))
            .Select(p => new ExportedProfile(p.Platform!.Key, p.Subject, p.Name, p.Email, p.IsReviewer, p.LastLaunchAt)).ToListAsync(cancellationToken);
        var enrollments = (await db.Enrollments.AsNoTracking().Where(e => ids.Contains(e.PersonId))
            .Select(e => new { e.Course!.Key, e.Course.Title, e.Roles, e.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(e => new ExportedEnrollment(e.Key, e.Title, e.Roles.ToString(), e.UpdatedAt)).ToList();
        var mentorLinks = await db.MentorLinks.AsNoTracking().Where(m => ids.Contains(m.StudentId) || ids.Contains(m.MentorId))
            .Select(m => ids.Contains(m.StudentId)
                ? new ExportedMentorLink("mentored by", m.Mentor!.Name ?? m.Mentor.Subject)
                : new ExportedMentorLink("mentor of", m.Student!.Name ?? m.Student.Subject))
            .ToListAsync(cancellationToken);

        var sessionIds = db.SessionParticipants.Where(p => ids.Contains(p.PersonId)).Select(p => p.SessionId);
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).OrderBy(s => s.StartsAt)
            .Select(s => new ExportedSession(s.Id, s.Course!.Key, s.Title, s.StartsAt, s.EndsAt, db.Recordings.Where(r => r.SessionId == s.Id).Select(r => r.Id).ToList()))
            .ToListAsync(cancellationToken);

        var institutionRecordings = db.Recordings.Where(r => r.Course!.Platform!.InstitutionId == student.InstitutionId);
        var spoken = await (from line in db.TranscriptLines.AsNoTracking()
                            join transcript in db.Transcripts on line.TranscriptId equals transcript.Id
                            where line.Speaker != null && lowered.Contains(line.Speaker.ToLower()) && institutionRecordings.Any(r => r.Id == transcript.RecordingId)
                            orderby transcript.RecordingId, line.Index
                            select new ExportedTranscriptLine(transcript.RecordingId, line.StartMs, line.EndMs, line.Speaker, line.Text)).ToListAsync(cancellationToken);

        var recaps = await (from recap in db.Recaps.AsNoTracking()
                            join version in db.RecapVersions on recap.Id equals version.RecapId
                            where institutionRecordings.Any(r => r.Id == recap.RecordingId)
                            select new { recap.RecordingId, version.Number, version.Status, version.RecapJson }).ToListAsync(cancellationToken);
        var mentioning = recaps.Where(r => lowered.Any(term => r.RecapJson.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Select(r => new ExportedRecap(r.RecordingId, r.Number, r.Status.ToString(), r.RecapJson)).ToList();

        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => b.Session!.Course!.Platform!.InstitutionId == student.InstitutionId && lowered.Any(t => b.Html.ToLower().Contains(t)))
            .OrderBy(b => b.GeneratedAt).Select(b => new ExportedBrief(b.SessionId, b.GeneratedAt, b.Html)).ToListAsync(cancellationToken);

        var activity = (await db.StudentActivities.AsNoTracking().Where(a => ids.Contains(a.PersonId)).OrderBy(a => a.Date)
            .Select(a => new { a.Course!.Key, a.Date, a.Kind, a.Value }).ToListAsync(cancellationToken))
            .Select(a => new ExportedActivity(a.Key, a.Date, a.Kind.ToString(), a.Value)).ToList();
        var risk = (await db.RiskAssessments.AsNoTracking().Where(a => ids.Contains(a.PersonId)).OrderBy(a => a.WeekStart)
            .Select(a => new { a.Course!.Key, a.WeekStart, a.Level, a.Score, a.ModelId, a.FactorsJson, a.AssessedAt, a.AlertedAt }).ToListAsync(cancellationToken))
            .Select(a => new ExportedRiskAssessment(a.Key, a.WeekStart, a.Level.ToString(), a.Score, a.ModelId, a.FactorsJson, a.AssessedAt, a.AlertedAt)).ToList();

        var interventions = (await db.RiskInterventions.AsNoTracking().Where(i => ids.Contains(i.StudentId)).OrderBy(i => i.Id)
            .Select(i => new { i.Course!.Key, i.Kind, i.Note, i.FollowUpOn, i.At, By = i.AuthorId == null ? "[erased]" : i.Author!.Name ?? i.Author.Subject })
            .ToListAsync(cancellationToken))
            .Select(i => new ExportedRiskIntervention(i.Key, i.Kind.ToString(), i.Note, i.FollowUpOn, i.At, i.By)).ToList();
        var viewing = (await db.PlaybackProgress.AsNoTracking().Where(p => ids.Contains(p.PersonId)).OrderBy(p => p.RecordingId).ToListAsync(cancellationToken))
            .Select(p => new ExportedViewing(p.RecordingId, p.Watched.Format(), p.WatchedSeconds, p.LastPosition, p.UpdatedAt)).ToList();
        var selfChecks = await db.ReviewSubmissions.AsNoTracking().Where(s => ids.Contains(s.PersonId)).OrderBy(s => s.RecordingId)
            .Select(s => new ExportedReviewSelfCheck(s.RecordingId, s.Known, s.Total, s.SubmittedAt, s.ScoreSentAt)).ToListAsync(cancellationToken);

        var audit = await AuditAboutAsync(student, cancellationToken);
        return new StudentExportDocument(student.InstitutionSlug, student.LmsId, time.GetUtcNow(), profiles, enrollments, mentorLinks, sessions, spoken, mentioning, briefs, activity, risk, viewing, audit)
        {
            RiskInterventions = interventions,
            ReviewSelfChecks = selfChecks,
        };
    }

    /// <summary>Audit events they did, and events whose target or detail names them (by person id, LMS id, name or email).</summary>
    private async Task<List<ExportedAuditEntry>> AuditAboutAsync(InstitutionStudent student, CancellationToken cancellationToken)
    {
        var ids = student.PersonIds;
        var personTargets = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var lowered = student.Identifiers.Select(s => s.ToLowerInvariant()).ToList();
        var platforms = db.Platforms.Where(p => p.InstitutionId == student.InstitutionId).Select(p => p.Id);
        var candidates = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.PersonId != null && ids.Contains(a.PersonId.Value))
                || (a.TargetType == "person" && personTargets.Contains(a.TargetId!))
                || (a.PlatformId != null && platforms.Contains(a.PlatformId.Value) && lowered.Any(t => a.Detail!.ToLower().Contains(t) || a.TargetId!.ToLower().Contains(t))))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return candidates
            .Select(a => (Entry: a, Role: a.PersonId is { } p && ids.Contains(p) ? "actor" : Mentions(a, student) ? "subject" : null))
            .Where(x => x.Role is not null)
            .Select(x => new ExportedAuditEntry(x.Entry.At, x.Role!, x.Entry.Action, x.Entry.TargetType, x.Entry.TargetId, x.Entry.Allowed, x.Entry.Channel, x.Entry.RemoteAddress, x.Entry.UserAgent, x.Entry.Detail))
            .ToList();
    }

    private static bool Mentions(Audit.AuditEntry entry, InstitutionStudent student) =>
        (entry.TargetType == "person" && student.PersonIds.Any(id => id.ToString(CultureInfo.InvariantCulture) == entry.TargetId))
        || student.Identifiers.Any(term => (entry.Detail?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
            || (entry.TargetId?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false));
}
