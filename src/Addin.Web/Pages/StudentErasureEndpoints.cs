using Addin.Core.Audit;
using Addin.Core.Compliance;
using Addin.Core.Persistence;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>
/// A student's erasure for the institution's reviewers, as <c>./addin student erase</c> does it: the page names the
/// student and asks for their LMS id typed again; the post erases and shows the same report. Everyone else gets the
/// 404 of anything they may not see. Every step, allowed or not, is audited (<c>student.erase</c>).
/// </summary>
public static class StudentErasureEndpoints
{
    public const string LmsIdField = "lmsId";

    public const string ConfirmField = "confirm";

    public static IEndpointRouteBuilder MapStudentErasureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/admin/erase", ConfirmAsync).RequireViewer().ExcludeFromDescription();
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/admin/erase", EraseAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        if (!viewer.Viewer.IsReviewer)
        {
            return await RefuseAsync(http, audit, viewer, http.Request.Query[LmsIdField].ToString(), cancellationToken);
        }

        string lmsId = http.Request.Query[LmsIdField].ToString().Trim();
        var (student, problem) = await FindAsync(db, viewer, lmsId, cancellationToken);
        return await PageAsync(db, viewer, new StudentErasureView(lmsId, Names(student), null, problem), cancellationToken);
    }

    private static async Task<IResult> EraseAsync(
        HttpContext http, AddinDbContext db, StudentErasure erasure, ErasedMediaDeleter media, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string lmsId = form[LmsIdField].ToString().Trim();
        if (!viewer.Viewer.IsReviewer)
        {
            return await RefuseAsync(http, audit, viewer, lmsId, cancellationToken);
        }

        var (student, problem) = await FindAsync(db, viewer, lmsId, cancellationToken);
        if (student is not null && form[ConfirmField].ToString().Trim() != lmsId)
        {
            problem = $"Nothing was erased: type the LMS id '{lmsId}' exactly to confirm.";
        }

        if (student is null || problem is not null)
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.EraseStudent, "person", Clip(lmsId), allowed: false, "not confirmed or not found"), cancellationToken);
            return await PageAsync(db, viewer, new StudentErasureView(lmsId, Names(student), null, problem), cancellationToken);
        }

        // The erasure writes its own audit event in its transaction: the reviewer, from this request.
        var report = await erasure.EraseAsync(student, new ErasureRequester($"{viewer.Person.DisplayName} ({viewer.Person.Subject}, web)", viewer.Person.Id, http.AuditOrigin()), cancellationToken);
        await media.DeleteAsync(report, cancellationToken);
        return await PageAsync(db, viewer, new StudentErasureView(lmsId, [], report.Lines(), null), cancellationToken);
    }

    private static async Task<IResult> RefuseAsync(HttpContext http, AuditLog audit, RequestViewer viewer, string lmsId, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(
            http.Audit(viewer, AuditActions.EraseStudent, "person", Clip(lmsId.Trim()), allowed: false), cancellationToken);
        return PageEndpoints.NotFound("page");
    }

    private static async Task<(InstitutionStudent? Student, string? Problem)> FindAsync(AddinDbContext db, RequestViewer viewer, string lmsId, CancellationToken cancellationToken)
    {
        if (lmsId.Length == 0)
        {
            return (null, null);
        }

        string slug = await db.Institutions.Where(i => i.Id == viewer.Viewer.InstitutionId).Select(i => i.Slug).SingleAsync(cancellationToken);
        try
        {
            var student = await StudentLookup.FindAsync(db, slug, lmsId, cancellationToken);
            // The erasure's own audit event names the reviewer, who must outlive it.
            return student.PersonIds.Contains(viewer.Person.Id)
                ? (null, "You cannot erase your own data from this page: an administrator can, with ./addin student erase.")
                : (student, null);
        }
        catch (StudentNotFoundException ex)
        {
            return (null, ex.Message);
        }
    }

    private static async Task<IResult> PageAsync(AddinDbContext db, RequestViewer viewer, StudentErasureView view, CancellationToken cancellationToken) =>
        new RazorComponentResult<StudentErasurePage>(new { Model = new StudentErasureModel(await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), view) });

    private static IReadOnlyList<string> Names(InstitutionStudent? student) =>
        student is null ? [] : [.. student.People.Select(p => p.DisplayName).Distinct(StringComparer.Ordinal)];

    private static string? Clip(string lmsId) => lmsId.Length == 0 ? null : lmsId.Length > 200 ? lmsId[..200] : lmsId;
}

/// <summary>What the erasure page shows: the student to confirm, the report of an erasure done, or the problem.</summary>
/// <param name="People">The names of the student's person rows (one per platform), while there is someone to confirm.</param>
/// <param name="Report">The report, once erased: the lines <c>./addin student erase</c> prints.</param>
public sealed record StudentErasureView(string LmsId, IReadOnlyList<string> People, IReadOnlyList<string>? Report, string? Problem);

/// <summary>The erasure page's model.</summary>
public sealed record StudentErasureModel(PageViewer Viewer, StudentErasureView View);
