using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Institutions;
using Addin.Core.Pipeline;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>
/// Automatic import by opt-in: a reviewer chooses a platform's mode (platforms page), a course's teacher switches its
/// automatic import (course page), and either imports a recording held because its course had not opted in.
/// </summary>
public static class AutomaticImportEndpoints
{
    /// <summary>The form field of the platform mode: <c>all-courses</c> or <c>opt-in</c>.</summary>
    public const string ModeField = "mode";

    /// <summary>The form field of the course switch: <c>on</c> or <c>off</c>.</summary>
    public const string SwitchField = "automatic-import";

    /// <summary>The form field that says where "Import it" was pressed: <c>course</c> or <c>pipeline</c>.</summary>
    public const string BackField = "back";

    public static IEndpointRouteBuilder MapAutomaticImportEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/platforms/{key}/automatic-import", SetPlatformAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/app/course/{courseId:long}/automatic-import", SetCourseAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/app/recording/{recordingId:long}/import", ImportHeldAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>The mode as the form and <c>./addin platforms import-mode</c> spell it; null for anything else.</summary>
    public static AutomaticImport? ParseMode(string? value) => value switch
    {
        "all-courses" => AutomaticImport.AllCourses,
        "opt-in" => AutomaticImport.OptInPerCourse,
        _ => null,
    };

    public static string ModeName(AutomaticImport mode) => mode == AutomaticImport.OptInPerCourse ? "opt-in" : "all-courses";

    private static async Task<IResult> SetPlatformAsync(string key, HttpContext http, AutomaticImportChoices choices, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var mode = http.Request.HasFormContentType ? ParseMode((await http.Request.ReadFormAsync(cancellationToken))[ModeField]) : null;
        bool done = viewer.Viewer.IsReviewer && mode is { } chosen && await choices.SetPlatformAsync(viewer.Viewer.InstitutionId, key, chosen, cancellationToken) is not null;
        await audit.RecordAsync(http.Audit(viewer, AuditActions.PlatformAutomaticImport, "platform", key, done, mode is { } m ? ModeName(m) : "no valid mode"), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return PageEndpoints.NotFound("page");
        }

        string notice = done
            ? $"'{key}' now imports {(mode == AutomaticImport.OptInPerCourse ? "only the recordings of courses that opted in" : "every course's recordings")}."
            : "Nothing changed: choose all-courses or opt-in for a platform of your institution.";
        return Results.Redirect(PageLinks.Platforms(viewer.Token) + "&notice=" + Uri.EscapeDataString(notice));
    }

    private static async Task<IResult> SetCourseAsync(long courseId, HttpContext http, AutomaticImportChoices choices, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        string? value = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(cancellationToken))[SwitchField].ToString() : null;
        bool? optIn = value switch { "on" => true, "off" => false, _ => null };
        bool done = optIn is { } on && await choices.SetCourseAsync(viewer.Viewer, courseId, on, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.CourseAutomaticImport, "course", courseId.ToString(CultureInfo.InvariantCulture), done, value is "on" or "off" ? value : "no valid value"), cancellationToken);
        if (!done)
        {
            return optIn is null ? Results.BadRequest() : PageEndpoints.NotFound("course");
        }

        string notice = optIn == true
            ? "Automatic import is on: new recordings of this course's meetings are imported."
            : "Automatic import is off: new recordings of this course's meetings wait here until you import them.";
        return Results.Redirect(PageLinks.Course(courseId, viewer.Token, notice));
    }

    private static async Task<IResult> ImportHeldAsync(long recordingId, HttpContext http, HeldRecordingImport import, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        bool done = await import.ImportAsync(viewer.Viewer, recordingId, viewer.Person.DisplayName, cancellationToken);
        string target = recordingId.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ImportHeldRecording, "recording", target, allowed: done), cancellationToken);
        if (!done)
        {
            return PageEndpoints.NotFound("recording waiting to be imported");
        }

        string notice = $"Recording {target} is queued for import.";
        return form?[BackField].ToString() == "pipeline"
            ? Results.Redirect(PageLinks.PipelineHealth(viewer.Token, notice))
            : Results.Redirect(PageLinks.Recording(recordingId, viewer.Token, notice));
    }
}
