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
        string ancestors = string.Join(' ', options.FrameAncestors);
        string policy = $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: https:; " +
                        $"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}";
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
}
