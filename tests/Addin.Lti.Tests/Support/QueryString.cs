using System.Web;

namespace Addin.Lti.Tests.Support;

internal static class QueryString
{
    /// <summary>The decoded query parameters of a URL, as a browser would send them.</summary>
    public static Dictionary<string, string> Parse(Uri uri)
    {
        var parsed = HttpUtility.ParseQueryString(uri.Query);
        return parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k]!, StringComparer.Ordinal);
    }
}
