using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Risk;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>
/// The risk roster's actions on the course page: acknowledge a student's current assessment, add an intervention note,
/// set or clear a follow-up. Only the course's teachers and the institution's reviewers; anyone else gets the 404 of
/// anything they may not see. Each is audited (the note's words are not: they stay in the roster's history).
/// </summary>
public static class RiskRosterEndpoints
{
    public const string AssessmentField = "assessment";

    public const string NoteField = "note";

    public const string FollowUpField = "followUpOn";

    public const string FollowUpVersionField = "followUpVersion";

    /// <summary>The course page's query parameter that orders the roster, and its value that puts due follow-ups on top.</summary>
    public const string OrderParameter = "roster";

    public const string FollowUpsFirst = "follow-ups";

    public static IEndpointRouteBuilder MapRiskRosterEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/course/{courseId:long}/risk/{studentId:long}/{action}", ActAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ActAsync(long courseId, long studentId, string action, HttpContext http, RiskInterventions interventions, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        (string audited, Func<Task<RiskInterventionResult>>? act) = action switch
        {
            "acknowledge" => (AuditActions.AcknowledgeRisk, () => interventions.AcknowledgeAsync(viewer.Viewer, courseId, studentId, Id(form[AssessmentField]), cancellationToken)),
            "note" => (AuditActions.AddRiskNote, () => interventions.AddNoteAsync(viewer.Viewer, courseId, studentId, form[NoteField].ToString(), cancellationToken)),
            "follow-up" => (AuditActions.SetRiskFollowUp, FollowUp(form, viewer, courseId, studentId, interventions, cancellationToken)),
            _ => ("", null),
        };
        if (act is null)
        {
            return PageEndpoints.NotFound("roster action");
        }

        var result = await act();
        await audit.RecordAsync(
            http.Audit(viewer, audited, "course", courseId.ToString(CultureInfo.InvariantCulture), result.Outcome == RiskInterventionOutcome.Done,
                string.Create(CultureInfo.InvariantCulture, $"student {studentId}: {result.Outcome}")),
            cancellationToken);
        return result.Outcome == RiskInterventionOutcome.NotAllowed
            ? PageEndpoints.NotFound("student")
            : Results.Redirect(PageLinks.Course(courseId, viewer.Token, result.Message) + "#risk-heading");
    }

    private static Func<Task<RiskInterventionResult>> FollowUp(IFormCollection form, RequestViewer viewer, long courseId, long studentId, RiskInterventions interventions, CancellationToken cancellationToken)
    {
        string date = form[FollowUpField].ToString().Trim();
        if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            string shown = date.Length > 20 ? date[..20] + "…" : date;
            return async () => await interventions.MayActAsync(viewer.Viewer, courseId, studentId, cancellationToken)
                ? new RiskInterventionResult(RiskInterventionOutcome.Invalid, $"Nothing saved: '{shown}' is not a date. Pick one, or write it as 2026-12-31.")
                : RiskInterventionResult.NotAllowed;
        }

        DateOnly? on = date.Length == 0 ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return () => interventions.SetFollowUpAsync(viewer.Viewer, courseId, studentId, on, Id(form[FollowUpVersionField]), cancellationToken);
    }

    private static long Id(Microsoft.Extensions.Primitives.StringValues value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : -1;
}
