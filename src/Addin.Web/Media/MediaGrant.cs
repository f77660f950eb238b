namespace Addin.Web.Media;

/// <summary>What a signed media URL allows: one file of one recording, for one person, until a time.</summary>
public sealed record MediaGrant(long RecordingId, MediaAsset Asset, long PersonId, DateTimeOffset ExpiresAt);
