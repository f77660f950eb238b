using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>A teacher sets the ids that map remote recordings to the course (the course page's "Zoom meeting ID").</summary>
public static class CourseExternalIdEndpoints
{
    public static IEndpointRouteBuilder MapCourseExternalIdEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/course/{courseId:long}/external-ids/{kind}", SetAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SetAsync(long courseId, string kind, HttpContext http, CourseExternalIds ids, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? input = form["value"];
        var change = await ids.SetAsync(viewer.Viewer, courseId, kind, input, cancellationToken);
        bool done = change.Kind is ExternalIdChangeKind.Saved or ExternalIdChangeKind.Removed;
        await audit.RecordAsync(http.Audit(viewer, AuditActions.CourseExternalIdSet, "course", courseId.ToString(CultureInfo.InvariantCulture), done,
            $"{kind}: {(done ? change.Value ?? "removed" : change.Problem)}"), cancellationToken);
        if (change.Kind == ExternalIdChangeKind.NotAllowed)
        {
            return PageEndpoints.NotFound("course");
        }

        string label = CourseExternalIdFields.Label(kind);
        string notice = change.Kind switch
        {
            ExternalIdChangeKind.Saved => $"{label} saved: {change.Value}. Its recordings are imported into this course.",
            ExternalIdChangeKind.Removed => $"{label} removed; its recordings are no longer imported here.",
            _ => $"{label} not saved: {change.Problem}",
        };
        return Results.Redirect(PageLinks.Course(courseId, viewer.Token, notice));
    }
}
