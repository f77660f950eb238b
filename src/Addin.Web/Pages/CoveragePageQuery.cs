using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>Builds a course's coverage page for its instructors and the institution's reviewers.</summary>
public sealed class CoveragePageQuery(AddinDbContext db, AccessPolicy access, CurriculumCoverage coverage)
{
    /// <summary>The page's model; null when the viewer neither teaches nor reviews the course.</summary>
    public async Task<CoveragePageModel?> BuildAsync(RequestViewer viewer, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken))
        {
            return null;
        }

        string title = await db.Courses.Where(c => c.Id == courseId).Select(c => c.Title).SingleAsync(cancellationToken);
        var grid = await coverage.ForCourseAsync(courseId, access.ManagedSessions(viewer.Viewer).Select(s => s.Id), cancellationToken);
        return new CoveragePageModel(await RoleLabels.ForCourseAsync(db, viewer, courseId, cancellationToken), courseId, title, grid);
    }
}
