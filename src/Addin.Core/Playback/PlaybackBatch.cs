namespace Addin.Core.Playback;

/// <summary>What the player sends every few seconds: the events since the last batch, the parts watched, and where it is now.</summary>
public sealed record PlaybackBatch(IReadOnlyList<PlaybackEventInput> Events, IReadOnlyList<TimeRange> Watched, double? Position);

/// <summary>One event as the player reports it; which of the optional values it needs depends on its kind.</summary>
/// <param name="Language">On a captions event, the caption language shown (a BCP 47 tag), when the player offers several.</param>
public sealed record PlaybackEventInput(
    PlaybackEventKind Kind, double Position, double? From = null, double? To = null, double? Speed = null, bool? CaptionsOn = null, string? Language = null);
