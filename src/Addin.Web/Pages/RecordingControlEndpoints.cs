using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Retention;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>
/// Hide, show, keep, legal hold and delete, posted from the recording page and the course page. Each is audited,
/// allowed or not; those who may not change the recording get the same 404 as for a recording they may not see.
/// </summary>
public static class RecordingControlEndpoints
{
    public const string VersionField = "version";

    public const string ReasonField = "reason";

    /// <summary>Deletion asks to confirm: the form must carry this field with the recording's title typed.</summary>
    public const string ConfirmField = "confirm";

    private static readonly Dictionary<string, (RecordingControl Control, string Action)> Controls = new(StringComparer.Ordinal)
    {
        ["hide"] = (RecordingControl.Hide, AuditActions.HideRecording),
        ["show"] = (RecordingControl.Show, AuditActions.ShowRecording),
        ["keep"] = (RecordingControl.Keep, AuditActions.KeepRecording),
        ["unkeep"] = (RecordingControl.Unkeep, AuditActions.UnkeepRecording),
        ["hold"] = (RecordingControl.Hold, AuditActions.LegalHold),
        ["release"] = (RecordingControl.Release, AuditActions.LegalHoldRelease),
        ["delete"] = (RecordingControl.Delete, AuditActions.DeleteRecording),
    };

    public static IEndpointRouteBuilder MapRecordingControlEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/recording/{recordingId:long}/control/{control}", ApplyAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ApplyAsync(
        long recordingId, string control, HttpContext http, RecordingControls controls, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!Controls.TryGetValue(control, out var known))
        {
            return PageEndpoints.NotFound("page");
        }

        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        int version = int.TryParse(form[VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1;
        var result = known.Control == RecordingControl.Delete && form[ConfirmField] != "yes"
            ? new ControlResult(ControlOutcome.Refused, "Tick the box confirming that the recording and everything made from it is deleted for good; nothing was deleted.")
            : await controls.ApplyAsync(viewer.Viewer, recordingId, version, known.Control, form[ReasonField].ToString(), cancellationToken);
        bool done = result.Outcome == ControlOutcome.Done;
        await audit.RecordAsync(
            http.Audit(viewer, known.Action, "recording", recordingId.ToString(CultureInfo.InvariantCulture), done, done ? result.Message : $"{result.Outcome}: {result.Message}"),
            cancellationToken);
        if (result.Outcome == ControlOutcome.NotAllowed)
        {
            return PageEndpoints.NotFound("recording");
        }

        return form[RecapEndpoints.BackField] == "course" && long.TryParse(form["course"], NumberStyles.None, CultureInfo.InvariantCulture, out long courseId)
            ? Results.Redirect(PageLinks.Course(courseId, viewer.Token, result.Message))
            : Results.Redirect(PageLinks.Recording(recordingId, viewer.Token, result.Message));
    }
}
