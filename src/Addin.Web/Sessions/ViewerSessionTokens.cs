using System.Globalization;
using Addin.Web.Configuration;
using Addin.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Sessions;

/// <summary>
/// Issues and reads the signed, short-lived token that carries a page session. Pages run inside the LMS's iframe,
/// where third-party cookies are blocked, so the token travels in the page's links and API calls instead of a cookie.
/// </summary>
public sealed class ViewerSessionTokens(IDataProtectionProvider protection, IOptions<AddinOptions> options, TimeProvider time)
{
    private readonly ExpiringToken tokens = new(protection.CreateProtector("Addin.ViewerSession.v1"), time);

    public string Issue(long personId, long? courseId) => tokens.Issue(
        [personId.ToString(CultureInfo.InvariantCulture), courseId?.ToString(CultureInfo.InvariantCulture) ?? ""],
        time.GetUtcNow() + options.Value.SessionLifetime);

    /// <summary>Reads a token; null when it is forged, damaged or expired.</summary>
    public ViewerSession? Read(string? token)
    {
        if (tokens.Read(token, 2) is not ([var person, var course], var expires) || !long.TryParse(person, CultureInfo.InvariantCulture, out long personId))
        {
            return null;
        }

        long? courseId = long.TryParse(course, CultureInfo.InvariantCulture, out long c) ? c : null;
        return new ViewerSession(personId, courseId, expires);
    }
}
