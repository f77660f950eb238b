using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>
/// How many recordings each course's page lists for the viewer: the course's own and those of earlier courses brought
/// into it, as the access policy lets this viewer see them (a student's count leaves out hidden recordings and other
/// students' one-to-one sessions).
/// </summary>
public sealed class CourseRecordingCounts(AddinDbContext db, AccessPolicy access)
{
    public async Task<IReadOnlyDictionary<long, int>> ForAsync(Viewer viewer, IReadOnlyCollection<long> courseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(courseIds);
        long[] courses = [.. courseIds];
        var brought = await db.CourseCopies.AsNoTracking()
            .Where(c => courses.Contains(c.CourseId) && c.Decision == CourseCopyDecision.Brought)
            .Select(c => new { c.CourseId, c.SourceCourseId })
            .ToListAsync(cancellationToken);
        long[] counted = [.. courses.Concat(brought.Select(b => b.SourceCourseId)).Distinct()];
        var perCourse = await access.VisibleRecordings(viewer)
            .Where(r => counted.Contains(r.CourseId))
            .GroupBy(r => r.CourseId)
            .Select(g => new { CourseId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CourseId, g => g.Count, cancellationToken);
        return courses.ToDictionary(
            id => id,
            id => perCourse.GetValueOrDefault(id) + brought.Where(b => b.CourseId == id).Sum(b => perCourse.GetValueOrDefault(b.SourceCourseId)));
    }
}
