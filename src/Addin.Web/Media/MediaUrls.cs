using System.Globalization;
using Addin.Web.Configuration;
using Addin.Web.Security;
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

    private readonly ExpiringToken tokens = new(protection.CreateProtector("Addin.MediaGrant.v1"), time);

    public string For(long recordingId, MediaAsset asset, long personId) => RoutePrefix + tokens.Issue(
        [recordingId.ToString(CultureInfo.InvariantCulture), asset.ToString(), personId.ToString(CultureInfo.InvariantCulture)],
        time.GetUtcNow() + options.Value.SessionLifetime);

    /// <summary>The recording's captions translated into a language, for one person.</summary>
    public string ForTranslatedCaptions(long recordingId, string language, long personId) => RoutePrefix + tokens.Issue(
        [recordingId.ToString(CultureInfo.InvariantCulture), nameof(MediaAsset.TranslatedCaptions), personId.ToString(CultureInfo.InvariantCulture), language],
        time.GetUtcNow() + options.Value.SessionLifetime);

    /// <summary>Reads a grant; null when it is forged, damaged or expired.</summary>
    public MediaGrant? Read(string token) =>
        (tokens.Read(token, 3) ?? tokens.Read(token, 4)) is ([var recording, var asset, var person, .. var rest], var expires) &&
        long.TryParse(recording, CultureInfo.InvariantCulture, out long recordingId) &&
        Enum.TryParse(asset, out MediaAsset kind) &&
        long.TryParse(person, CultureInfo.InvariantCulture, out long personId) &&
        (kind == MediaAsset.TranslatedCaptions) == (rest.Length == 1)
            ? new MediaGrant(recordingId, kind, personId, expires, rest.Length == 1 ? rest[0] : null)
            : null;
}
