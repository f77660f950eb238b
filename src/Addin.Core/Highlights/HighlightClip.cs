namespace Addin.Core.Highlights;

/// <summary>
/// The highlight clip of a recording: which recap version it was cut from and its map of clip time to recording time.
/// Its files are the recording's <see cref="Recordings.Recording.HighlightsKey"/> and <see cref="Recordings.Recording.HighlightCaptionsKey"/>.
/// </summary>
public sealed class HighlightClip
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    /// <summary>The recap version whose moments were cut; a later approved version cuts the clip again.</summary>
    public int RecapVersion { get; set; }

    /// <summary>The clip's parts as JSON (<see cref="HighlightMap"/>): where each starts in the recording and in the clip, and how long it is.</summary>
    public required string PartsJson { get; set; }

    public long DurationMs { get; set; }

    public DateTimeOffset MadeAt { get; set; }
}
