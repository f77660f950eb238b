using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Reviews;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>A learner saves their self-check on a recording's review questions; audited, and answered with the recording page.</summary>
public static class ReviewSelfCheckEndpoints
{
    public const string VersionField = "version";

    public const string CountField = "questions";

    public const string Knew = "knew";

    public const string NotYet = "not-yet";

    /// <summary>More than any recap holds; a form claiming more is cut to this.</summary>
    private const int MaxQuestions = 100;

    /// <summary>The form field of question <paramref name="index"/>: <see cref="Knew"/> or <see cref="NotYet"/>.</summary>
    public static string MarkField(int index) => string.Create(CultureInfo.InvariantCulture, $"q{index}");

    public static IEndpointRouteBuilder MapReviewSelfCheckEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/recording/{recordingId:long}/review", SubmitAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SubmitAsync(long recordingId, HttpContext http, ReviewSelfChecks checks, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        int version = int.TryParse(form[VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0;
        int count = int.TryParse(form[CountField], NumberStyles.None, CultureInfo.InvariantCulture, out int c) ? Math.Min(c, MaxQuestions) : 0;
        var marks = Enumerable.Range(0, count).Select(i => form[MarkField(i)].ToString() switch
        {
            Knew => true,
            NotYet => (bool?)false,
            _ => null,
        }).ToList();
        var outcome = await checks.SubmitAsync(viewer.Viewer, recordingId, version, marks, cancellationToken);
        int known = marks.Count(m => m == true);
        await audit.RecordAsync(
            http.Audit(viewer, AuditActions.ReviewSelfCheck, "recording", recordingId.ToString(CultureInfo.InvariantCulture), outcome == ReviewSubmitOutcome.Saved,
                outcome == ReviewSubmitOutcome.Saved ? $"knew {known} of {marks.Count}" : outcome.ToString()),
            cancellationToken);
        string? notice = outcome switch
        {
            ReviewSubmitOutcome.Saved => $"Saved: you knew {known} of {marks.Count}.",
            ReviewSubmitOutcome.Incomplete => "Nothing saved: mark every question, \"I knew it\" or \"Not yet\".",
            ReviewSubmitOutcome.QuestionsChanged => "Nothing saved: the review questions changed since you opened the page. Here they are as they are now.",
            _ => null,
        };
        return notice is null
            ? PageEndpoints.NotFound("recording")
            : Results.Redirect($"{PageLinks.Recording(recordingId, viewer.Token, notice)}#self-check");
    }
}
