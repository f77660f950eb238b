using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Courses;

/// <summary>A teacher's choices about earlier courses: bring their class recordings into this one, or keep them out.</summary>
public sealed class CourseCopies(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    /// <summary>The earlier courses known for a course, with their decision and how many recordings they have.</summary>
    public async Task<IReadOnlyList<CourseCopyView>> ForCourseAsync(long courseId, CancellationToken cancellationToken) =>
        await db.CourseCopies.AsNoTracking().Where(c => c.CourseId == courseId)
            .OrderBy(c => c.Id)
            .Select(c => new CourseCopyView(c.Id, c.SourceCourseId, c.SourceCourse!.Title, c.SourceCourse.Label, c.Decision,
                db.Recordings.Count(r => r.CourseId == c.SourceCourseId && !r.Session!.Participants.Any())))
            .ToListAsync(cancellationToken);

    /// <summary>Records a teacher's decision about a noted copy; false when the viewer does not teach the course.</summary>
    public async Task<bool> DecideAsync(Viewer viewer, long courseId, long copyId, CourseCopyDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (decision == CourseCopyDecision.Pending || !await access.ManagesCourseAsync(viewer, courseId, cancellationToken))
        {
            return false;
        }

        var copy = await db.CourseCopies.SingleOrDefaultAsync(c => c.Id == copyId && c.CourseId == courseId, cancellationToken);
        if (copy is null)
        {
            return false;
        }

        copy.Decision = decision;
        copy.DecidedById = viewer.PersonId;
        copy.DecidedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Brings an earlier course's class recordings into this one, for LMSs that do not say where a copy came from. The
    /// teacher must teach both courses (or review the institution).
    /// </summary>
    public async Task<bool> BringAsync(Viewer viewer, long courseId, long sourceCourseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (courseId == sourceCourseId ||
            !await access.ManagesCourseAsync(viewer, courseId, cancellationToken) ||
            !await access.ManagesCourseAsync(viewer, sourceCourseId, cancellationToken))
        {
            return false;
        }

        var copy = await db.CourseCopies.SingleOrDefaultAsync(c => c.CourseId == courseId && c.SourceCourseId == sourceCourseId, cancellationToken);
        if (copy is null)
        {
            copy = new CourseCopy { CourseId = courseId, SourceCourseId = sourceCourseId, CreatedAt = time.GetUtcNow() };
            db.CourseCopies.Add(copy);
        }

        copy.Decision = CourseCopyDecision.Brought;
        copy.DecidedById = viewer.PersonId;
        copy.DecidedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>An earlier course as its copy's teacher sees it.</summary>
public sealed record CourseCopyView(long Id, long SourceCourseId, string SourceTitle, string? SourceLabel, CourseCopyDecision Decision, int ClassRecordings);
