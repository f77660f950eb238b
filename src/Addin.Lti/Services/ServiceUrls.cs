using System.Text;

namespace Addin.Lti.Services;

/// <summary>URL handling shared by the service clients.</summary>
internal static class ServiceUrls
{
    /// <summary>Throws unless the URL is absolute http(s): service URLs come from platforms and launches.</summary>
    public static void RequireHttp(Uri url, string paramName)
    {
        ArgumentNullException.ThrowIfNull(url, paramName);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Expected an absolute http(s) URL, got '{Redact(url)}'.", paramName);
        }
    }

    /// <summary>The URL without user info, query or fragment, fit for messages and logs (queries may carry secrets).</summary>
    public static Uri Redact(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return new Uri(url.OriginalString.Split('?', '#')[0], UriKind.Relative);
        }

        return new UriBuilder(url) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    /// <summary>Same scheme, host and port: the only place a bearer token for <paramref name="origin"/> may be sent.</summary>
    public static bool SameOrigin(Uri origin, Uri candidate) =>
        candidate.IsAbsoluteUri
        && Uri.Compare(origin, candidate, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Adds query parameters (those with a null value are left out), keeping the query the URL already has.</summary>
    public static Uri WithQuery(Uri url, params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder(url.Query.TrimStart('?'));
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            if (query.Length > 0)
            {
                query.Append('&');
            }

            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return new UriBuilder(url) { Query = query.ToString() }.Uri;
    }

    /// <summary>
    /// <c>{url}/{segment}</c> with the URL's query kept after the new path: <c>…/line_items/5?foo=bar</c> becomes
    /// <c>…/line_items/5/scores?foo=bar</c>, as AGS requires of platforms whose line item URLs have queries (Canvas).
    /// </summary>
    public static Uri AppendSegment(Uri url, string segment)
    {
        var builder = new UriBuilder(url);
        builder.Path = builder.Path.TrimEnd('/') + "/" + segment;
        return builder.Uri;
    }
}
