using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Highlights;
using Addin.Core.Recaps;
using Addin.Web.Audit;
using Addin.Web.Sessions;
using Microsoft.Extensions.Primitives;

namespace Addin.Web.Pages;

/// <summary>
/// The instructor's recap decisions from the recording page and the course page: approve, reject, edit. Each is audited,
/// allowed or not, and answers with the page it came from and a notice of what happened.
/// </summary>
public static class RecapEndpoints
{
    /// <summary>The form field naming the page to go back to: <c>course</c>, or the recording page when absent.</summary>
    public const string BackField = "back";

    /// <summary>Form fields of an edit: the overview, <c>text:ITEM</c> for an item's new text, <c>remove</c> for items to remove.</summary>
    public const string OverviewField = "overview";

    public const string TextFieldPrefix = "text:";

    public const string RemoveField = "remove";

    public const string VersionField = "version";

    public static IEndpointRouteBuilder MapRecapEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/recording/{recordingId:long}/recap/{decision}", DecideAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DecideAsync(
        long recordingId, string decision, HttpContext http, RecapReview review, IHighlightClipQueue highlights, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        int version = int.TryParse(form[VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0;
        (string action, Task<RecapReviewResult> result) = decision switch
        {
            "approve" => (AuditActions.ApproveRecap, review.ApproveAsync(viewer.Viewer, recordingId, version, cancellationToken)),
            "reject" => (AuditActions.RejectRecap, review.RejectAsync(viewer.Viewer, recordingId, version, cancellationToken)),
            "edit" => (AuditActions.EditRecap, review.EditAsync(viewer.Viewer, recordingId, version, ReadEdit(form), cancellationToken)),
            _ => ("", Task.FromResult(new RecapReviewResult(RecapReviewOutcome.NotAllowed, ""))),
        };
        if (action.Length == 0)
        {
            return PageEndpoints.NotFound("recap decision");
        }

        var outcome = await result;
        await audit.RecordAsync(
            http.Audit(viewer, action, "recording", recordingId.ToString(CultureInfo.InvariantCulture), outcome.Outcome == RecapReviewOutcome.Done,
                outcome.Outcome == RecapReviewOutcome.Done ? $"version {outcome.Version}: {outcome.Message}" : $"{outcome.Outcome}: {outcome.Message}"),
            cancellationToken);
        if (outcome.Outcome == RecapReviewOutcome.Done && outcome.Status is { } status && status.IsPublished())
        {
            // Queued after the commit: the job reads the version just published (and drops the clip if it has no moments).
            highlights.EnqueueCut(recordingId);
        }

        if (outcome.Outcome is RecapReviewOutcome.NotAllowed or RecapReviewOutcome.NoRecap)
        {
            return PageEndpoints.NotFound("recording");
        }

        return form[BackField] == "course" && long.TryParse(form["course"], NumberStyles.None, CultureInfo.InvariantCulture, out long courseId)
            ? Results.Redirect(PageLinks.Course(courseId, viewer.Token, outcome.Message))
            : Results.Redirect(PageLinks.Recording(recordingId, viewer.Token, outcome.Message));
    }

    private static RecapEdit ReadEdit(IFormCollection form) => new()
    {
        Overview = form.TryGetValue(OverviewField, out var overview) ? overview.ToString() : null,
        Texts = form.Where(f => f.Key.StartsWith(TextFieldPrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[TextFieldPrefix.Length..], f => f.Value.ToString(), StringComparer.Ordinal),
        Removed = (form.TryGetValue(RemoveField, out var removed) ? removed : StringValues.Empty)
            .OfType<string>().ToHashSet(StringComparer.Ordinal),
    };
}
