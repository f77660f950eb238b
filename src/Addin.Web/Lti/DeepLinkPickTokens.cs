using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Addin.Lti.DeepLinking;
using Microsoft.AspNetCore.DataProtection;

namespace Addin.Web.Lti;

/// <summary>
/// A content selection in progress: what the platform's deep linking request asked for (return URL, data, accepted
/// types), who is choosing and for which course.
/// </summary>
/// <param name="Id">Unique per selection; recorded as used when the answer is sent, so it is sent once.</param>
/// <param name="CourseId">The course of the launch; null when the LMS launched outside a course.</param>
public sealed record DeepLinkPick(string Id, long PersonId, long? CourseId, DeepLinkingContext Context, DateTimeOffset ExpiresAt);

/// <summary>A pick token read back: the pick, or why it cannot be used.</summary>
public sealed record DeepLinkPickReading(DeepLinkPick? Pick, string? Problem);

/// <summary>
/// Carries a <see cref="DeepLinkPick"/> from the deep linking launch to the picker's submit without trusting the
/// browser: encrypted and signed with Data Protection, bound to the page session it was issued with, and expiring.
/// That it is used once is up to the caller (<see cref="UsedKey"/> in the nonce store).
/// </summary>
public sealed class DeepLinkPickTokens(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>How long an instructor has to choose.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The nonce-store namespace under which sent picks are recorded.</summary>
    public const string UsedKey = "addin:deep-link-pick";

    private const string StartAgain = "Start again from the LMS (add content, then choose Addin).";

    private readonly IDataProtector protector = protection.CreateProtector("Addin.DeepLinkPick.v1");

    public string Issue(DeepLinkingContext context, long personId, long? courseId, string sessionToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = new Payload(
            Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18)),
            personId,
            courseId,
            SessionHash(sessionToken),
            (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds(),
            context);
        return protector.Protect(JsonSerializer.Serialize(payload, JsonSerializerOptions.Web));
    }

    /// <summary>Reads a token for the person and page session presenting it.</summary>
    public DeepLinkPickReading Read(string? token, long personId, string sessionToken)
    {
        Payload? payload;
        try
        {
            payload = string.IsNullOrEmpty(token) ? null : JsonSerializer.Deserialize<Payload>(protector.Unprotect(token), JsonSerializerOptions.Web);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            payload = null;
        }

        if (payload?.Context?.Settings is null)
        {
            return new(null, $"This content selection cannot be read: its link is incomplete or was not made by this Addin. {StartAgain}");
        }

        if (payload.PersonId != personId || payload.Session != SessionHash(sessionToken))
        {
            return new(null, $"This content selection was opened in another Addin session. {StartAgain}");
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt);
        if (expiresAt <= time.GetUtcNow())
        {
            return new(null, $"This content selection expired: it lasts {Lifetime.TotalMinutes:0} minutes. {StartAgain}");
        }

        return new(new DeepLinkPick(payload.Id, payload.PersonId, payload.CourseId, payload.Context, expiresAt), null);
    }

    private static string SessionHash(string sessionToken) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionToken ?? "")));

    private sealed record Payload(string Id, long PersonId, long? CourseId, string Session, long ExpiresAt, DeepLinkingContext Context);
}
