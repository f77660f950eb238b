using System.Globalization;
using System.Security.Cryptography;
using Addin.Web.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Sessions;

/// <summary>
/// Issues and reads the signed, short-lived token that carries a page session. Pages run inside the LMS's iframe,
/// where third-party cookies are blocked, so the token travels in the page's links and API calls instead of a cookie.
/// </summary>
public sealed class ViewerSessionTokens(IDataProtectionProvider protection, IOptions<AddinOptions> options, TimeProvider time)
{
    private readonly IDataProtector protector = protection.CreateProtector("Addin.ViewerSession.v1");

    public string Issue(long personId, long? courseId)
    {
        var expires = time.GetUtcNow() + options.Value.SessionLifetime;
        string payload = string.Join('|',
            personId.ToString(CultureInfo.InvariantCulture),
            courseId?.ToString(CultureInfo.InvariantCulture) ?? "",
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return protector.Protect(payload);
    }

    /// <summary>Reads a token; null when it is forged, damaged or expired.</summary>
    public ViewerSession? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        string[] parts = payload.Split('|');
        if (parts.Length != 3 ||
            !long.TryParse(parts[0], CultureInfo.InvariantCulture, out long personId) ||
            !long.TryParse(parts[2], CultureInfo.InvariantCulture, out long expiresUnix))
        {
            return null;
        }

        long? courseId = long.TryParse(parts[1], CultureInfo.InvariantCulture, out long c) ? c : null;
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresUnix);
        return expires <= time.GetUtcNow() ? null : new ViewerSession(personId, courseId, expires);
    }
}
