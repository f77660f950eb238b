namespace Addin.Core.Playback;

/// <summary>What a viewer did in the player.</summary>
public enum PlaybackEventKind
{
    Play,
    Pause,
    Seek,
    Speed,
    Captions,
}
