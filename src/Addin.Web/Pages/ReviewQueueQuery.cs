using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Core.Sessions;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>Builds the review queue over the sessions of the reviewer's institution.</summary>
public sealed class ReviewQueueQuery(AddinDbContext db, AccessPolicy access)
{
    private const int ListLimit = 200;

    /// <summary>The page's model; null when the viewer is not a reviewer.</summary>
    public async Task<ReviewQueueModel?> BuildAsync(RequestViewer viewer, ReviewQueueFilter filter, IReadOnlyList<string> problems, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filter);
        if (!viewer.Viewer.IsReviewer)
        {
            return null;
        }

        var institution = access.ManagedSessions(viewer.Viewer);
        var sessions = Filtered(institution, filter);
        var flags = db.QualityFlags.AsNoTracking().Where(f => sessions.Any(s => s.Id == f.SessionId));
        if (filter.Kind is { } kind)
        {
            flags = flags.Where(f => f.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            flags = flags.Where(f => f.Status == status);
        }

        var rows = await flags.OrderByDescending(f => f.DetectedAt).ThenByDescending(f => f.Id).Take(ListLimit)
            .Select(f => new FlagRow(
                f.Id, f.SessionId, f.Session!.Title, f.Session.CourseId, f.Session.Course!.Title,
                f.Session.Instructor == null ? null : f.Session.Instructor.Name ?? f.Session.Instructor.Email ?? f.Session.Instructor.Subject,
                f.Session.StartsAt ?? f.Session.CreatedAt, f.Kind, f.Evidence, f.RecordingId, f.AtMs, f.DetectedAt, f.Status, f.ReviewNote,
                db.People.Where(p => p.Id == f.ReviewedById).Select(p => p.Name ?? p.Email ?? p.Subject).FirstOrDefault(), f.ReviewedAt))
            .ToListAsync(cancellationToken);

        var unflagged = await sessions.Where(s => db.QualityChecks.Any(c => c.SessionId == s.Id) && !db.QualityFlags.Any(f => f.SessionId == s.Id))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var picked = SessionSample.Pick(unflagged, filter.SamplePercent, filter.Seed);
        var sample = await db.Sessions.AsNoTracking().Where(s => picked.Contains(s.Id))
            .OrderBy(s => s.StartsAt ?? s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new SampledSession(
                s.Id, s.Title, s.CourseId, s.Course!.Title, s.Instructor == null ? null : s.Instructor.Name ?? s.Instructor.Email ?? s.Instructor.Subject, s.StartsAt ?? s.CreatedAt,
                db.Recordings.Where(r => r.SessionId == s.Id && r.Status == Core.Recordings.RecordingStatus.Ready).OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var courses = await institution.Select(s => new { s.CourseId, s.Course!.Title }).Distinct()
            .OrderBy(c => c.Title).Select(c => new FilterChoice(c.CourseId, c.Title)).ToListAsync(cancellationToken);
        var instructors = await institution.Where(s => s.InstructorId != null)
            .Select(s => new { Id = s.InstructorId!.Value, Name = s.Instructor!.Name ?? s.Instructor.Email ?? s.Instructor.Subject }).Distinct()
            .OrderBy(i => i.Name).Select(i => new FilterChoice(i.Id, i.Name)).ToListAsync(cancellationToken);

        return new ReviewQueueModel(
            await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), filter, problems, rows, sample, unflagged.Count, courses, instructors, notice);
    }

    private static IQueryable<Session> Filtered(IQueryable<Session> sessions, ReviewQueueFilter filter)
    {
        if (filter.CourseId is { } course)
        {
            sessions = sessions.Where(s => s.CourseId == course);
        }

        if (filter.InstructorId is { } instructor)
        {
            sessions = sessions.Where(s => s.InstructorId == instructor);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            sessions = sessions.Where(s => (s.StartsAt ?? s.CreatedAt) >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            sessions = sessions.Where(s => (s.StartsAt ?? s.CreatedAt) < end);
        }

        return sessions;
    }
}
