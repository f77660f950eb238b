using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Quality;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Pages;

/// <summary>
/// The review queue for the institution's reviewers with its decisions, and each course's coverage page for its
/// instructors and the reviewers. Anyone else gets the same 404 as for anything they may not see; every view and
/// decision is audited.
/// </summary>
public static class QualityEndpoints
{
    public const string NoteField = "note";

    public static IEndpointRouteBuilder MapQualityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/admin/quality", ShowQueueAsync).RequireViewer().ExcludeFromDescription();

        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/admin/quality/flags/{flagId:long}/{decision}", DecideAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/app/course/{courseId:long}/coverage", ShowCoverageAsync).RequireViewer().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowQueueAsync(string? notice, HttpContext http, ReviewQueueQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var (filter, problems) = ReviewQueueFilter.Read(http.Request.Query);
        var model = await query.BuildAsync(viewer, filter, problems, notice, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewReviewQueue, "quality", null, allowed: model is not null), cancellationToken);
        return model is null ? PageEndpoints.NotFound("page") : new RazorComponentResult<ReviewQueuePage>(new { Model = model });
    }

    private static async Task<IResult> DecideAsync(long flagId, string decision, HttpContext http, QualityReview review, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        (string action, QualityFlagStatus status) = decision switch
        {
            "resolve" => (AuditActions.ResolveQualityFlag, QualityFlagStatus.Resolved),
            "dismiss" => (AuditActions.DismissQualityFlag, QualityFlagStatus.Dismissed),
            _ => ("", QualityFlagStatus.Open),
        };
        string target = flagId.ToString(CultureInfo.InvariantCulture);
        if (action.Length == 0)
        {
            return PageEndpoints.NotFound("flag decision");
        }

        string note = form[NoteField].ToString();
        if (note.Length > QualityReview.MaxNoteLength)
        {
            await audit.RecordAsync(http.Audit(viewer, action, "quality-flag", target, allowed: false, "note too long"), cancellationToken);
            return Results.Redirect(PageLinks.ReviewQueue(viewer.Token, $"Nothing saved: the note has {note.Length} characters; keep it to {QualityReview.MaxNoteLength}."));
        }

        bool done = await review.DecideAsync(viewer.Viewer, flagId, status, note, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, action, "quality-flag", target, allowed: done), cancellationToken);
        return done
            ? Results.Redirect(PageLinks.ReviewQueue(viewer.Token, $"Flag {target} {(status == QualityFlagStatus.Resolved ? "resolved" : "dismissed")}."))
            : PageEndpoints.NotFound("flag");
    }

    private static async Task<IResult> ShowCoverageAsync(long courseId, HttpContext http, CoveragePageQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var model = await query.BuildAsync(viewer, courseId, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewCoverage, "course", courseId.ToString(CultureInfo.InvariantCulture), allowed: model is not null), cancellationToken);
        return model is null ? PageEndpoints.NotFound("course") : new RazorComponentResult<CoveragePage>(new { Model = model });
    }
}
