namespace Addin.Lti.Claims;

/// <summary>Reads URLs that platforms send in claims and configuration documents.</summary>
internal static class ClaimUrls
{
    /// <summary>True for an absolute http or https URL without user info.</summary>
    public static bool TryParseHttp(string? text, out Uri url)
    {
        url = null!;
        if (string.IsNullOrWhiteSpace(text)
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        url = parsed;
        return true;
    }
}
