namespace Addin.Web.Media;

/// <summary>What a signed media URL allows: one file of one recording, for one person, until a time.</summary>
/// <param name="Language">The language of <see cref="MediaAsset.TranslatedCaptions"/>; null for every other asset.</param>
public sealed record MediaGrant(long RecordingId, MediaAsset Asset, long PersonId, DateTimeOffset ExpiresAt, string? Language = null);
