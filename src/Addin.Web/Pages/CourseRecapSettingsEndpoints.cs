using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Web.Audit;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>
/// The course page's recap settings: AI consent (a course's teachers for the course, the institution's reviewers for
/// the whole platform) and the curriculum plan upload. Each change is audited, allowed or not.
/// </summary>
public static class CourseRecapSettingsEndpoints
{
    /// <summary>The largest curriculum plan accepted; a plan is a few dozen short rows.</summary>
    public const int MaxPlanBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapCourseRecapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var course = app.MapGroup("/app/course/{courseId:long}").RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        course.MapPost("/ai-consent", SetConsentAsync);
        course.MapPost("/curriculum", ImportPlanAsync);
        return app;
    }

    private static async Task<IResult> SetConsentAsync(
        long courseId, HttpContext http, AccessPolicy access, AddinDbContext db, AiConsents consents, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        bool platformWide = form["scope"] == "platform";
        bool enabled = form["enabled"] == "true";
        long? platformId = await db.Courses.Where(c => c.Id == courseId).Select(c => (long?)c.PlatformId).SingleOrDefaultAsync(cancellationToken);
        bool allowed = platformId is not null && await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken) &&
                       (!platformWide || (viewer.Viewer.IsReviewer && viewer.Viewer.PlatformId == platformId));
        string scope = platformWide ? $"platform {platformId}" : "course";
        await audit.RecordAsync(http.Audit(viewer, AuditActions.AiConsentSet, "course", courseId.ToString(CultureInfo.InvariantCulture), allowed,
            $"{scope}: AI processing {(enabled ? "on" : "off")}"), cancellationToken);
        if (!allowed)
        {
            return PageEndpoints.NotFound("course");
        }

        string by = viewer.Person.DisplayName;
        if (platformWide)
        {
            await consents.SetPlatformAsync(platformId!.Value, enabled, viewer.Person.Id, by, cancellationToken);
        }
        else
        {
            await consents.SetCourseAsync(courseId, enabled, viewer.Person.Id, by, cancellationToken);
        }

        string what = platformWide ? "for every course of this LMS that opts in" : "for this course";
        return Results.Redirect(PageLinks.Course(courseId, viewer.Token,
            $"AI recaps switched {(enabled ? "on" : "off")} {what}. {(enabled ? "New recordings get a draft recap to review." : "New recordings get no recap.")}"));
    }

    private static async Task<IResult> ImportPlanAsync(long courseId, HttpContext http, AccessPolicy access, CurriculumPlans plans, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        bool allowed = await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken);
        var form = allowed ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var file = form?.Files["plan"];
        string notice;
        bool done = false;
        if (!allowed)
        {
            notice = "";
        }
        else if (file is null || file.Length == 0)
        {
            notice = "Curriculum plan not imported: choose a CSV file.";
        }
        else if (file.Length > MaxPlanBytes)
        {
            notice = $"Curriculum plan not imported: {file.FileName} is {file.Length / 1024} KB; a plan must be under {MaxPlanBytes / 1024} KB.";
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream());
                var topics = await plans.ImportAsync(courseId, file.FileName, reader, viewer.Person.Id, cancellationToken);
                notice = $"Curriculum plan imported: {topics.Count} topics from {file.FileName}. New recaps map their topics to it.";
                done = true;
            }
            catch (FormatException ex)
            {
                notice = $"Curriculum plan not imported: {file.FileName}, {ex.Message}";
            }
        }

        await audit.RecordAsync(http.Audit(viewer, AuditActions.CurriculumPlanImport, "course", courseId.ToString(CultureInfo.InvariantCulture), done,
            allowed ? notice : "not allowed"), cancellationToken);
        return allowed ? Results.Redirect(PageLinks.Course(courseId, viewer.Token, notice)) : PageEndpoints.NotFound("course");
    }
}
