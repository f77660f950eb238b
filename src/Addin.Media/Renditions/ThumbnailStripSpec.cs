namespace Addin.Media.Renditions;

/// <summary>The shape of a thumbnail strip: how many frames, how wide each, how many in a row of the sprite.</summary>
/// <param name="Count">Frames to take (at most one per second of recording).</param>
/// <param name="Width">Width of each frame in pixels; the height keeps the picture's aspect.</param>
/// <param name="Columns">Frames in one row of the sprite image.</param>
public sealed record ThumbnailStripSpec(int Count = 60, int Width = 160, int Columns = 10)
{
    /// <summary>The strip the player uses.</summary>
    public static ThumbnailStripSpec Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Count, 1, nameof(Count));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Count, 1000, nameof(Count));
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 16, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Width, 1280, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(Columns, 1, nameof(Columns));
    }
}
