namespace Addin.Lti;

/// <summary>Decides whether a URL sent by a platform points into this tool.</summary>
internal static class ToolUrlMatcher
{
    public static bool IsToolUrl(IReadOnlyList<Uri> toolUrls, string candidate)
    {
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0)
        {
            return false;
        }

        return toolUrls.Any(tool => IsUnder(tool, uri));
    }

    private static bool IsUnder(Uri tool, Uri candidate)
    {
        if (!string.Equals(tool.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(tool.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
            || tool.Port != candidate.Port)
        {
            return false;
        }

        // AbsolutePath has dot segments already removed, so "/lti/../admin" cannot sneak under "/lti/".
        var basePath = tool.AbsolutePath.TrimEnd('/');
        var path = candidate.AbsolutePath;
        return basePath.Length == 0
            || path == basePath
            || path.StartsWith(basePath + "/", StringComparison.Ordinal);
    }
}
