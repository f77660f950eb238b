using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>A teacher's choices about earlier courses' recordings (LMS course copy), from the course page.</summary>
public static class CourseCopyEndpoints
{
    public static IEndpointRouteBuilder MapCourseCopyEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var copies = app.MapGroup("/app/course/{courseId:long}/copies").RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        copies.MapPost("/{copyId:long}", DecideAsync);
        copies.MapPost("/", BringAsync);
        return app;
    }

    private static async Task<IResult> DecideAsync(long courseId, long copyId, HttpContext http, CourseCopies copies, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        bool valid = Enum.TryParse(form["decision"], out CourseCopyDecision decision);
        bool done = valid && await copies.DecideAsync(viewer.Viewer, courseId, copyId, decision, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.CourseCopyDecision, "course", courseId.ToString(CultureInfo.InvariantCulture), done, $"copy {copyId}: {decision}"), cancellationToken);
        return done ? Results.Redirect(PageLinks.Course(courseId, viewer.Token)) : PageEndpoints.NotFound("course copy");
    }

    private static async Task<IResult> BringAsync(long courseId, HttpContext http, CourseCopies copies, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        bool done = long.TryParse(form["source"], CultureInfo.InvariantCulture, out long source) &&
                    await copies.BringAsync(viewer.Viewer, courseId, source, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.CourseCopyDecision, "course", courseId.ToString(CultureInfo.InvariantCulture), done, $"bring course {form["source"]}"), cancellationToken);
        return done ? Results.Redirect(PageLinks.Course(courseId, viewer.Token)) : PageEndpoints.NotFound("course");
    }
}
