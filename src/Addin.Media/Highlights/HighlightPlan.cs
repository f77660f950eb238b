namespace Addin.Media.Highlights;

/// <summary>Plans a highlight clip: a window around each moment, overlapping windows merged, in time order, the total capped.</summary>
public static class HighlightPlan
{
    /// <param name="moments">The moments, in any order; those outside the recording are ignored.</param>
    /// <param name="duration">The recording's duration; windows stay inside it.</param>
    /// <param name="spec">The window lead, length and the cap on the total.</param>
    /// <returns>The clip's map, or null when no moment falls inside the recording.</returns>
    public static ClipTimeline? Plan(IEnumerable<TimeSpan> moments, TimeSpan duration, HighlightSpec spec)
    {
        ArgumentNullException.ThrowIfNull(moments);
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var windows = moments
            .Where(m => m >= TimeSpan.Zero && m < duration)
            .Order()
            .Select(m => (Start: Max(m - spec.Lead, TimeSpan.Zero), End: Min(m - spec.Lead + spec.Length, duration)))
            .Where(w => w.End > w.Start);

        var merged = new List<(TimeSpan Start, TimeSpan End)>();
        foreach (var window in windows)
        {
            // Touching or overlapping windows become one, so no stretch is played twice and no cut falls mid-sentence twice.
            if (merged.Count > 0 && window.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Max(merged[^1].End, window.End));
            }
            else
            {
                merged.Add(window);
            }
        }

        var parts = new List<ClipPart>();
        var total = TimeSpan.Zero;
        foreach (var (start, end) in merged)
        {
            var length = Min(end - start, spec.MaxTotal - total);
            if (length < HighlightSpec.MinimumWindow)
            {
                break;
            }

            parts.Add(new ClipPart(start, length, total));
            total += length;
        }

        return parts.Count == 0 ? null : new ClipTimeline(parts);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
