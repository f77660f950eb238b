namespace Addin.Web.Lti;

/// <summary>
/// Binds a login's state to the browser that started it, so a launch cannot be replayed from another browser.
/// One cookie per state: two launches in two frames of one page do not overwrite each other.
/// </summary>
internal static class BrowserStateCookie
{
    private const string Prefix = "addin_lti_";

    public static void Set(HttpContext http, string state, TimeSpan lifetime) =>
        http.Response.Cookies.Append(Prefix + state, "1", new CookieOptions
        {
            HttpOnly = true,
            Path = "/lti",
            MaxAge = lifetime,
            IsEssential = true,

            // Inside an LMS the launch POST is cross-site: only SameSite=None cookies go with it, and browsers accept
            // those over HTTPS only. Over plain HTTP (the demo, tests) the platform is same-site, so Lax works.
            Secure = http.Request.IsHttps,
            SameSite = http.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
        });

    /// <summary>The state if this browser started it, otherwise null.</summary>
    public static string? Read(HttpContext http, string? state) =>
        state is { Length: > 0 } && http.Request.Cookies.ContainsKey(Prefix + state) ? state : null;

    public static void Clear(HttpContext http, string? state)
    {
        if (state is { Length: > 0 })
        {
            http.Response.Cookies.Delete(Prefix + state, new CookieOptions { Path = "/lti" });
        }
    }
}
