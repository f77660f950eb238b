using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Sessions;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Pages;

/// <summary>A session's brief page, and the course page's form that schedules sessions.</summary>
public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/sessions/{sessionId:long}/brief", BriefAsync).RequireViewer().ExcludeFromDescription();
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/course/{courseId:long}/sessions", ScheduleAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> BriefAsync(long sessionId, HttpContext http, BriefPageQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var model = await query.BuildAsync(viewer, sessionId, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewBrief, "session", sessionId.ToString(CultureInfo.InvariantCulture), allowed: model is not null), cancellationToken);
        return model is null ? PageEndpoints.NotFound("brief") : new RazorComponentResult<BriefPage>(new { Model = model });
    }

    private static async Task<IResult> ScheduleAsync(
        long courseId, HttpContext http, AccessPolicy access, SessionScheduler scheduler, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        string target = courseId.ToString(CultureInfo.InvariantCulture);
        if (!await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken))
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.ScheduleSessions, "course", target, allowed: false), cancellationToken);
            return PageEndpoints.NotFound("course");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var (plan, problem) = ScheduleForm.Read(form, courseId, await access.TeachesCourseAsync(viewer.Viewer, courseId, cancellationToken) ? viewer.Person.Id : null);
        string notice;
        if (plan is null)
        {
            notice = "Not scheduled: " + problem;
        }
        else
        {
            var (sessions, problems) = await scheduler.ScheduleAsync(plan, viewer.Person.Id, cancellationToken);
            notice = problems.Count > 0 ? "Not scheduled: " + string.Join(" ", problems) : $"Scheduled {sessions.Count} session(s) of \"{plan.Title.Trim()}\".";
        }

        await audit.RecordAsync(http.Audit(viewer, AuditActions.ScheduleSessions, "course", target, allowed: true, notice), cancellationToken);
        return Results.Redirect(PageLinks.Course(courseId, viewer.Token, notice));
    }
}

/// <summary>Reads the schedule form into a plan, or says which field is wrong.</summary>
internal static class ScheduleForm
{
    public static (SessionPlan? Plan, string? Problem) Read(IFormCollection form, long courseId, long? instructorId)
    {
        if (!DateTime.TryParseExact(form["start"].ToString(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (null, "the start is not a date and time; pick one in the form.");
        }

        if (!int.TryParse(form["duration"], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes))
        {
            return (null, "the duration is not a whole number of minutes.");
        }

        Recurrence? recurrence;
        try
        {
            recurrence = Recurrence.Parse(form["recurrence"]);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }

        long? substitute = long.TryParse(form["substitute"], NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;
        return (new SessionPlan(courseId, form["title"].ToString(), start, TimeSpan.FromMinutes(minutes), form["timezone"].ToString().Trim(), recurrence, instructorId, substitute), null);
    }
}
