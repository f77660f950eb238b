using Addin.Web.Configuration;

namespace Addin.Web.Hosting;

/// <summary>
/// Headers for every response. Pages load scripts and styles only from Addin itself (no inline code), may be framed
/// only by the configured LMS origins, and never send the session token to other sites in a Referer.
/// </summary>
internal static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app, AddinOptions options)
    {
        string policy = Policy(options.FrameAncestors);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = policy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    /// <summary>The policy, for the given framing origins and fetch targets (routes that set their own, such as /teams, use it too).</summary>
    internal static string Policy(IEnumerable<string> frameAncestors, string connectSources = "'self'") =>
        $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: https:; " +
        $"connect-src {connectSources}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {string.Join(' ', frameAncestors)}";
}
