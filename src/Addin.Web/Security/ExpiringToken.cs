using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Addin.Web.Security;

/// <summary>
/// A signed, encrypted token of a few fields plus an expiry (ASP.NET Core Data Protection). The expiry is checked
/// against the injected clock, so tests can move time.
/// </summary>
public sealed class ExpiringToken(IDataProtector protector, TimeProvider time)
{
    public string Issue(IEnumerable<string> fields, DateTimeOffset expiresAt) =>
        protector.Protect(string.Join('|', fields.Append(expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))));

    /// <summary>The fields and the expiry, or null when the token is forged, damaged, of another shape or expired.</summary>
    public (string[] Fields, DateTimeOffset ExpiresAt)? Read(string? token, int fieldCount)
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
        if (parts.Length != fieldCount + 1 || !long.TryParse(parts[^1], CultureInfo.InvariantCulture, out long seconds))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires > time.GetUtcNow() ? (parts[..^1], expires) : null;
    }
}
