using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>How the viewer's role in a course reads on a page.</summary>
internal static class RoleLabels
{
    public static async Task<PageViewer> ForCourseAsync(AddinDbContext db, RequestViewer viewer, long? courseId, CancellationToken cancellationToken)
    {
        var roles = courseId is null
            ? CourseRoles.None
            : await db.Enrollments.Where(e => e.CourseId == courseId && e.PersonId == viewer.Person.Id).Select(e => e.Roles).SingleOrDefaultAsync(cancellationToken);
        return new PageViewer(viewer.Person.DisplayName, Label(roles, viewer.Viewer.IsReviewer), viewer.Token, viewer.Viewer.IsReviewer);
    }

    private static string Label(CourseRoles roles, bool reviewer) => roles switch
    {
        _ when roles.HasFlag(CourseRoles.Instructor) => "Instructor",
        _ when roles.HasFlag(CourseRoles.TeachingAssistant) => "Teaching assistant",
        _ when roles.HasFlag(CourseRoles.CourseAdministrator) || roles.HasFlag(CourseRoles.ContentDeveloper) => "Course staff",
        _ when reviewer => "Reviewer",
        _ when roles.HasFlag(CourseRoles.Learner) => "Student",
        _ when roles.HasFlag(CourseRoles.Mentor) => "Parent / mentor",
        _ => "Guest",
    };
}
