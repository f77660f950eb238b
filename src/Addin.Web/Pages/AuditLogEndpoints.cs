using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Pages;

/// <summary>The institution's audit log for its reviewers: searched, paged, exported as CSV. Others get the same 404 as for anything they may not see.</summary>
public static class AuditLogEndpoints
{
    public static IEndpointRouteBuilder MapAuditLogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/admin/audit", ShowAsync).RequireViewer().ExcludeFromDescription();
        app.MapGet("/app/admin/audit.csv", ExportAsync).RequireViewer().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, AuditSearch search, AuditLog audit, AddinDbContext db, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var request = AuditLogRequest.Read(http.Request);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewAuditLog, "audit", null, allowed: viewer.Viewer.IsReviewer, request.Query()), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return PageEndpoints.NotFound("page");
        }

        var (filter, problem) = request.ToFilter(viewer.Viewer.InstitutionId);
        var page = filter is null ? new AuditPage([], 1, AuditLogRequest.PageSize, 0) : await search.PageAsync(filter, request.Page, AuditLogRequest.PageSize, cancellationToken);
        return new RazorComponentResult<AuditLogPage>(new { Model = new AuditLogModel(await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), request, page, problem) });
    }

    private static async Task<IResult> ExportAsync(HttpContext http, AuditSearch search, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var request = AuditLogRequest.Read(http.Request);
        var (filter, problem) = request.ToFilter(viewer.Viewer.InstitutionId);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ExportAuditLog, "audit", null, allowed: viewer.Viewer.IsReviewer, request.Query()), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return PageEndpoints.NotFound("page");
        }

        if (filter is null)
        {
            return Results.BadRequest(problem);
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
        await using var writer = new StreamWriter(http.Response.Body);
        await AuditCsv.WriteAsync(search.AllAsync(filter), writer, cancellationToken);
        return Results.Empty;
    }
}

/// <summary>The audit log page: the search, one page of rows, and the links to other pages and the CSV.</summary>
public sealed record AuditLogModel(PageViewer Viewer, AuditLogRequest Request, AuditPage Page, string? Problem);
