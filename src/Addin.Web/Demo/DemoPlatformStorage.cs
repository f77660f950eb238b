using Addin.Web.Components.Demo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Demo;

/// <summary>
/// The demo LMS as a platform that offers LTI platform storage (1EdTech "LTI postMessage Storage"): a course page with
/// Addin in a frame and a storage frame beside it, and logins that carry <c>lti_storage_target</c>. Launches from
/// <c>/demo</c> itself stay plain top-level frame launches with the cookie.
/// </summary>
public static class DemoPlatformStorage
{
    /// <summary>The storage frame's name: the demo platform's <c>lti_storage_target</c>.</summary>
    public const string StorageFrameName = "lti-storage";

    /// <summary>The frame of the course page that Addin opens in.</summary>
    public const string ToolFrameName = "addin-tool";

    public static RouteGroupBuilder MapDemoPlatformStorage(this RouteGroupBuilder demo)
    {
        demo.MapGet("/course/{persona}", CoursePage);
        demo.MapGet("/platform/storage", (DemoPlatformUrls urls) => new RazorComponentResult<DemoStorageFrame>(new { urls.ToolOrigin }));
        return demo;
    }

    private static IResult CoursePage(string persona, DemoPlatformUrls urls)
    {
        if (DemoLms.Persona(persona) is not { } who)
        {
            return Results.NotFound();
        }

        return new RazorComponentResult<DemoCoursePage>(new
        {
            Course = DemoLms.Course(who.CourseContextId),
            Persona = who,
            LoginInitiation = urls.LoginInitiation(new DemoMessageHint(who, DemoMessageKind.CourseLink), urls.ToolTarget, StorageFrameName),
            urls.ToolOrigin,
        });
    }
}
