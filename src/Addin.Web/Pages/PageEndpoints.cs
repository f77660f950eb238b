using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Core.Search;
using Addin.PluginHost;
using Addin.Web.Configuration;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pages;

/// <summary>The pages people see inside the LMS. Each checks the access policy and audits the view.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/app").RequireViewer().ExcludeFromDescription();
        pages.MapGet("/", HomeAsync);
        pages.MapGet("/course/{courseId:long}", CourseAsync);
        pages.MapGet("/recording/{recordingId:long}", RecordingAsync);
        pages.MapGet("/admin/plugins", PluginsAsync);
        return app;
    }

    private static async Task<IResult> HomeAsync(
        HttpContext http, AccessPolicy access, CourseRecordingCounts counts, AddinDbContext db, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var visible = await access.VisibleCourses(viewer.Viewer).AsNoTracking()
            .OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title, c.Label })
            .ToListAsync(cancellationToken);
        var recordings = await counts.ForAsync(viewer.Viewer, [.. visible.Select(c => c.Id)], cancellationToken);
        var courses = visible.Select(c => new CourseSummary(c.Id, c.Title, c.Label, recordings[c.Id])).ToList();
        var model = new HomePageModel(await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), courses);
        return new RazorComponentResult<HomePage>(new { Model = model });
    }

    private static async Task<IResult> CourseAsync(
        long courseId, string? notice, string? q, string? roster, HttpContext http, CoursePageQuery query, TranscriptSearch search, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var model = await query.BuildAsync(viewer, courseId, notice, cancellationToken);
        string target = courseId.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewCourse, "course", target, allowed: model is not null), cancellationToken);
        if (model is null)
        {
            return NotFound("course");
        }

        if (roster == RiskRosterEndpoints.FollowUpsFirst)
        {
            model = model with { Risk = RiskRoster.FollowUpsFirst(model.Risk, model.Today), RiskFollowUpsFirst = true };
        }

        if (q is not null)
        {
            var results = await search.SearchAsync(viewer.Viewer, SearchScope.Course(courseId), SearchQuery.Parse(q), Apis.SearchApi.DefaultLimit, cancellationToken);
            await audit.RecordAsync(http.Audit(viewer, AuditActions.SearchTranscripts, "course", target, allowed: true), cancellationToken);
            model = model with { Search = new CourseSearch(q, results) };
        }

        return new RazorComponentResult<CoursePage>(new { Model = model });
    }

    private static async Task<IResult> RecordingAsync(
        long recordingId, string? notice, string? view, HttpContext http, RecordingPageQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var model = await query.BuildAsync(viewer, recordingId, cancellationToken) is { } built
            ? built with { Notice = notice, ShowHighlights = view == PageLinks.HighlightsView && built.Highlights is not null }
            : null;
        string target = recordingId.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewRecording, "recording", target, allowed: model is not null), cancellationToken);
        return model is null ? NotFound("recording") : new RazorComponentResult<RecordingPage>(new { Model = model });
    }

    private static async Task<IResult> PluginsAsync(HttpContext http, IPluginCatalog catalog, IOptions<PluginOptions> options, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewPlugins, "plugins", null, allowed: viewer.Viewer.IsReviewer), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return new RazorComponentResult<MessagePage>(new { Model = new MessagePageModel("Reviewers only", "The plugin page is for the institution's reviewers and administrators.") })
            {
                StatusCode = StatusCodes.Status403Forbidden,
            };
        }

        var model = new PluginsPageModel(await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), Path.GetFullPath(options.Value.Directory), catalog.Plugins);
        return new RazorComponentResult<PluginsPage>(new { Model = model });
    }

    /// <summary>The same answer whether the thing does not exist or the viewer may not see it: nothing leaks.</summary>
    internal static RazorComponentResult<MessagePage> NotFound(string what) => new(new
    {
        Model = new MessagePageModel($"No such {what}", $"This {what} does not exist, or you do not have access to it."),
    })
    {
        StatusCode = StatusCodes.Status404NotFound,
    };
}
