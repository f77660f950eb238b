using Addin.Core.People;
using Addin.Core.Recordings;

namespace Addin.Core.Playback;

/// <summary>How much of a recording one person has watched (the parts, merged) and where they stopped.</summary>
public sealed class PlaybackProgress
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public Recording? Recording { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public WatchedRanges Watched { get; set; } = WatchedRanges.None;

    /// <summary>The seconds watched (the length of <see cref="Watched"/>), kept as a column so rosters can sum it in SQL.</summary>
    public double WatchedSeconds { get; set; }

    /// <summary>Where playback last was, for "Resume at …".</summary>
    public double LastPosition { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
