namespace Addin.Media.Highlights;

/// <summary>One stretch of the recording in a highlight clip.</summary>
/// <param name="Start">Where it starts in the recording.</param>
/// <param name="Length">How long it is.</param>
/// <param name="ClipStart">Where it starts in the clip.</param>
public sealed record ClipPart(TimeSpan Start, TimeSpan Length, TimeSpan ClipStart)
{
    /// <summary>Where it ends in the recording.</summary>
    public TimeSpan End => Start + Length;

    /// <summary>Where it ends in the clip.</summary>
    public TimeSpan ClipEnd => ClipStart + Length;
}
