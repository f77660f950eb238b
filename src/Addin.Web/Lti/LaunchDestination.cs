using System.Globalization;
using Addin.Web.Pages;

namespace Addin.Web.Lti;

/// <summary>
/// Where a launch lands. A link placed by deep linking targets one recording (<c>/app/recording/42</c>); a course link
/// targets the course's recordings. The page itself still checks access: a target never grants it.
/// </summary>
public static class LaunchDestination
{
    public static string For(string targetLinkUri, long? courseId, string token)
    {
        if (Uri.TryCreate(targetLinkUri, UriKind.Absolute, out var target) &&
            target.AbsolutePath.StartsWith("/app/recording/", StringComparison.Ordinal) &&
            long.TryParse(target.AbsolutePath["/app/recording/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out long recordingId))
        {
            return PageLinks.Recording(recordingId, token);
        }

        return courseId is { } id ? PageLinks.Course(id, token) : PageLinks.Home(token);
    }
}
