using Addin.Core.People;
using Addin.Core.Recordings;

namespace Addin.Core.Playback;

/// <summary>
/// One thing a person did in the player of a recording, at a position (seconds into the recording). A seek keeps where
/// it went from and to, a speed change the new speed, a captions toggle whether captions are now on.
/// </summary>
public sealed class PlaybackEvent
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public Recording? Recording { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public PlaybackEventKind Kind { get; set; }

    public double Position { get; set; }

    public double? From { get; set; }

    public double? To { get; set; }

    public double? Speed { get; set; }

    public bool? CaptionsOn { get; set; }

    /// <summary>When the server received it.</summary>
    public DateTimeOffset At { get; set; }
}
