using System.Globalization;

namespace Addin.Core.Playback;

/// <summary>
/// The parts of a recording someone has watched: sorted, none overlapping, each within the recording. Parts that overlap
/// or nearly touch (closer than <see cref="Gap"/>, the granularity of the player's time updates) become one.
/// Stored as text, <c>"0-12.5;30-45"</c>.
/// </summary>
public sealed class WatchedRanges : IEquatable<WatchedRanges>
{
    public const double Gap = 0.5;

    private WatchedRanges(IReadOnlyList<TimeRange> ranges) => Ranges = ranges;

    public static WatchedRanges None { get; } = new([]);

    public IReadOnlyList<TimeRange> Ranges { get; }

    public double TotalSeconds => Ranges.Sum(r => r.Length);

    /// <summary>These parts and <paramref name="more"/>, merged, each clamped to [0, <paramref name="duration"/>]; empty parts are dropped.</summary>
    public WatchedRanges Add(IEnumerable<TimeRange> more, double duration)
    {
        ArgumentNullException.ThrowIfNull(more);
        var clamped = Ranges.Concat(more)
            .Select(r => new TimeRange(Math.Clamp(r.Start, 0, duration), Math.Clamp(r.End, 0, duration)))
            .Where(r => r.End > r.Start)
            .OrderBy(r => r.Start);
        var merged = new List<TimeRange>();
        foreach (var range in clamped)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + Gap)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return new WatchedRanges(merged);
    }

    public string Format() => string.Join(';', Ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Start:0.###}-{r.End:0.###}")));

    /// <summary>Reads <see cref="Format"/>'s text; throws <see cref="FormatException"/> naming the part it cannot read.</summary>
    public static WatchedRanges Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<TimeRange>();
        foreach (string part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] ends = part.Split('-');
            if (ends.Length != 2 ||
                !double.TryParse(ends[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double start) ||
                !double.TryParse(ends[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double end))
            {
                throw new FormatException($"'{part}' is not a watched range (START-END in seconds).");
            }

            ranges.Add(new TimeRange(start, end));
        }

        return new WatchedRanges(ranges);
    }

    public bool Equals(WatchedRanges? other) => other is not null && Ranges.SequenceEqual(other.Ranges);

    public override bool Equals(object? obj) => Equals(obj as WatchedRanges);

    public override int GetHashCode() => Format().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Format();
}
