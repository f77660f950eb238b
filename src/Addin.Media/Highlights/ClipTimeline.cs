namespace Addin.Media.Highlights;

/// <summary>
/// The map of a highlight clip: which stretches of the recording it joins, in time order, and how a time in one is a
/// time in the other.
/// </summary>
public sealed class ClipTimeline
{
    /// <param name="parts">The stretches, in time order, not overlapping, each starting in the clip where the one before ends.</param>
    /// <exception cref="ArgumentException">No parts, or parts out of order, overlapping or with gaps in the clip.</exception>
    public ClipTimeline(IReadOnlyList<ClipPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A highlight clip needs at least one part.", nameof(parts));
        }

        var clipAt = TimeSpan.Zero;
        var after = TimeSpan.MinValue;
        foreach (var part in parts)
        {
            if (part.ClipStart != clipAt || part.Start < after || part.Length <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The part at {part.Start} is out of order, overlaps the one before or leaves a gap in the clip.", nameof(parts));
            }

            clipAt = part.ClipEnd;
            after = part.End;
        }

        Parts = parts;
    }

    public IReadOnlyList<ClipPart> Parts { get; }

    /// <summary>The clip's length: the sum of its parts.</summary>
    public TimeSpan Duration => Parts[^1].ClipEnd;

    /// <summary>Where a time of the recording is in the clip; null when the clip leaves it out.</summary>
    public TimeSpan? ToClip(TimeSpan original) =>
        Parts.FirstOrDefault(p => original >= p.Start && original < p.End) is { } part ? part.ClipStart + (original - part.Start) : null;

    /// <summary>
    /// The pieces of a stretch of the recording (a caption cue) that the clip keeps, in clip time: cut where a part starts
    /// or ends, one piece for each part it overlaps, none when the clip leaves it out.
    /// </summary>
    public IEnumerable<(TimeSpan Start, TimeSpan End)> Cut(TimeSpan start, TimeSpan end) =>
        Parts.Where(p => end > p.Start && start < p.End)
            .Select(p => (p.ClipStart + ((start > p.Start ? start : p.Start) - p.Start), p.ClipStart + ((end < p.End ? end : p.End) - p.Start)));

    /// <summary>Where a time of the clip is in the recording (the clip's end maps to its last part's end).</summary>
    public TimeSpan ToOriginal(TimeSpan clip)
    {
        var part = Parts.FirstOrDefault(p => clip < p.ClipEnd) ?? Parts[^1];
        return part.Start + (TimeSpan.FromTicks(Math.Clamp(clip.Ticks, part.ClipStart.Ticks, part.ClipEnd.Ticks)) - part.ClipStart);
    }
}
