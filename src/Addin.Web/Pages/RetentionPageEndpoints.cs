using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Core.Retention;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pages;

/// <summary>
/// <c>/app/admin/retention</c>: the institution's reviewers see its retention policies (set with
/// <c>./addin retention policy set</c>) and the recordings kept or under legal hold. Others get the same 404 as for anything they may not see.
/// </summary>
public static class RetentionPageEndpoints
{
    public static IEndpointRouteBuilder MapRetentionPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/admin/retention", ShowAsync).RequireViewer().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, RetentionPolicies policies, IOptions<RetentionOptions> options, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewRetention, "retention", null, allowed: viewer.Viewer.IsReviewer), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return PageEndpoints.NotFound("page");
        }

        long institution = viewer.Viewer.InstitutionId;
        var platforms = await db.Platforms.Where(p => p.InstitutionId == institution).Select(p => p.Key).ToListAsync(cancellationToken);
        var all = await policies.AllAsync(cancellationToken);
        var spared = await db.Recordings.AsNoTracking()
            .Where(r => r.Course!.Platform!.InstitutionId == institution && r.Status != RecordingStatus.Deleted && (r.Keep || r.LegalHold != null))
            .OrderBy(r => r.Id)
            .Select(r => new SparedRecording(r.Id, r.Title, r.Course!.Title, r.Keep, r.LegalHold))
            .ToListAsync(cancellationToken);
        var model = new RetentionPageModel(
            await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken),
            [.. all.All.Where(p => platforms.Contains(p.PlatformKey)).Select(p => p.Description)],
            options.Value.NoticeBefore,
            spared);
        return new RazorComponentResult<RetentionPage>(new { Model = model });
    }
}

/// <summary>The retention page: the policies in words, the notice time, and what is spared.</summary>
public sealed record RetentionPageModel(PageViewer Viewer, IReadOnlyList<string> Policies, TimeSpan NoticeBefore, IReadOnlyList<SparedRecording> Spared);

/// <summary>A recording retention will not delete, and why.</summary>
public sealed record SparedRecording(long Id, string Title, string Course, bool Keep, string? LegalHold);
