using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Lti;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Pages;

/// <summary>
/// The checks the content picker and its submit share, each refusal audited: the pending selection must be good for
/// this page session, come from a course, and the viewer must teach that course.
/// </summary>
public sealed class DeepLinkPickerGate(DeepLinkPickTokens tokens, AccessPolicy access, DeepLinkPickerQuery query, AuditLog audit)
{
    /// <summary>The pick when the token is good for this session and the viewer teaches its course; else the refusal page.</summary>
    public async Task<(DeepLinkPick? Pick, IResult? Refusal)> OpenAsync(HttpContext http, string? pickToken, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var reading = tokens.Read(pickToken, viewer.Person.Id, viewer.Token);
        if (reading.Pick is not { } pick)
        {
            await AuditAsync(http, null, allowed: false, reading.Problem, cancellationToken);
            return (null, DeepLinkEndpoints.Message(StatusCodes.Status400BadRequest, "This content selection cannot be used", reading.Problem!));
        }

        if (pick.CourseId is not { } courseId)
        {
            await AuditAsync(http, null, allowed: false, "no course", cancellationToken);
            return (null, DeepLinkEndpoints.Message(StatusCodes.Status400BadRequest, "Open this from a course",
                "The LMS opened Addin's content selection outside a course, so there are no recordings to choose from. Add Addin content from inside a course."));
        }

        if (!await access.TeachesCourseAsync(viewer.Viewer, courseId, cancellationToken))
        {
            await AuditAsync(http, courseId, allowed: false, "not a teacher of the course", cancellationToken);
            return (null, DeepLinkEndpoints.Message(StatusCodes.Status403Forbidden, "Teachers only",
                "Only the course's instructors, teaching assistants, content developers and course administrators can add Addin content to the course."));
        }

        return (pick, null);
    }

    /// <summary>The picker again, with what was wrong; the pending selection is still unused.</summary>
    public async Task<IResult> ChooseAgainAsync(
        HttpContext http, DeepLinkPick pick, string pickToken, IReadOnlyCollection<string> chosen, string problem, CancellationToken cancellationToken, string? code = null)
    {
        await AuditAsync(http, pick.CourseId, allowed: false, code ?? problem, cancellationToken);
        var model = await query.BuildAsync(http.Viewer(), pick.CourseId!.Value, pick.Context.Settings, pickToken, cancellationToken);
        return new RazorComponentResult<DeepLinkPickerPage>(new { Model = model with { Error = problem, Selected = chosen } })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    public Task AuditAsync(HttpContext http, long? courseId, bool allowed, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            http.Audit(http.Viewer(), AuditActions.DeepLinkPick, "course", courseId?.ToString(CultureInfo.InvariantCulture), allowed, detail),
            cancellationToken);
}
