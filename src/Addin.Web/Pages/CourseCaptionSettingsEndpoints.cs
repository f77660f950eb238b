using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>
/// The course page's caption settings, for the course's teachers: the vocabulary engines get as hints and the caption
/// editor suggests, and the languages captions are translated into. Each change is audited, allowed or not.
/// </summary>
public static class CourseCaptionSettingsEndpoints
{
    public static IEndpointRouteBuilder MapCourseCaptionSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var course = app.MapGroup("/app/course/{courseId:long}").RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        course.MapPost("/vocabulary", SetVocabularyAsync);
        course.MapPost("/caption-languages", SetLanguagesAsync);
        return app;
    }

    private static Task<IResult> SetVocabularyAsync(long courseId, HttpContext http, CourseCaptionSettings settings, AuditLog audit, CancellationToken cancellationToken) =>
        ChangeAsync(courseId, http, audit, AuditActions.CourseVocabularySet, "terms", settings.SetVocabularyAsync,
            change => change.Values.Count == 0
                ? "Vocabulary cleared."
                : $"Vocabulary saved: {change.Values.Count} {(change.Values.Count == 1 ? "term" : "terms")}. Engines that take hints get them for new recordings.",
            problem => $"Vocabulary not saved: {problem}",
            change => $"{change.Values.Count} terms",
            cancellationToken);

    private static Task<IResult> SetLanguagesAsync(long courseId, HttpContext http, CourseCaptionSettings settings, AuditLog audit, CancellationToken cancellationToken) =>
        ChangeAsync(courseId, http, audit, AuditActions.CourseCaptionLanguagesSet, "languages", settings.SetLanguagesAsync,
            change => change.Values.Count == 0
                ? "Captions are no longer translated."
                : $"Caption languages saved: {string.Join(", ", change.Values.Select(CaptionTranslationLanguages.Name))}. New recordings get captions in them.",
            problem => $"Caption languages not saved: {problem}",
            change => change.Values.Count == 0 ? "none" : string.Join(",", change.Values),
            cancellationToken);

    private static async Task<IResult> ChangeAsync(
        long courseId,
        HttpContext http,
        AuditLog audit,
        string action,
        string field,
        Func<Core.Access.Viewer, long, string?, CancellationToken, Task<CaptionSettingChange>> change,
        Func<CaptionSettingChange, string> saved,
        Func<string?, string> refused,
        Func<CaptionSettingChange, string> detail,
        CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var result = await change(viewer.Viewer, courseId, form[field], cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, action, "course", courseId.ToString(CultureInfo.InvariantCulture), result.Kind == CaptionSettingChangeKind.Saved,
            result.Kind switch
            {
                CaptionSettingChangeKind.Saved => detail(result),
                CaptionSettingChangeKind.Invalid => result.Problem,
                _ => "not allowed",
            }), cancellationToken);
        return result.Kind == CaptionSettingChangeKind.NotAllowed
            ? PageEndpoints.NotFound("course")
            : Results.Redirect(PageLinks.Course(courseId, viewer.Token, result.Kind == CaptionSettingChangeKind.Saved ? saved(result) : refused(result.Problem)));
    }
}
