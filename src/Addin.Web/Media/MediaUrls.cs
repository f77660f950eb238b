using System.Globalization;
using System.Security.Cryptography;
using Addin.Web.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Media;

/// <summary>
/// Signs and reads media URLs. A page only gets a URL after the access policy allowed the person to see the recording;
/// the URL then works for that file alone, for a limited time, without cookies (the video element and the caption
/// track fetch it inside the LMS iframe), and honours range requests.
/// </summary>
public sealed class MediaUrls(IDataProtectionProvider protection, IOptions<AddinOptions> options, TimeProvider time)
{
    public const string RoutePrefix = "/media/";

    private readonly IDataProtector protector = protection.CreateProtector("Addin.MediaGrant.v1");

    public string For(long recordingId, MediaAsset asset, long personId)
    {
        var expires = time.GetUtcNow() + options.Value.SessionLifetime;
        string payload = string.Join('|',
            recordingId.ToString(CultureInfo.InvariantCulture),
            asset.ToString(),
            personId.ToString(CultureInfo.InvariantCulture),
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return RoutePrefix + protector.Protect(payload);
    }

    /// <summary>Reads a grant; null when it is forged, damaged or expired.</summary>
    public MediaGrant? Read(string token)
    {
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
        if (parts.Length != 4 ||
            !long.TryParse(parts[0], CultureInfo.InvariantCulture, out long recordingId) ||
            !Enum.TryParse(parts[1], out MediaAsset asset) ||
            !long.TryParse(parts[2], CultureInfo.InvariantCulture, out long personId) ||
            !long.TryParse(parts[3], CultureInfo.InvariantCulture, out long expiresUnix))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresUnix);
        return expires <= time.GetUtcNow() ? null : new MediaGrant(recordingId, asset, personId, expires);
    }
}
