using System.Text.Json;
using Addin.Media.Highlights;

namespace Addin.Core.Highlights;

/// <summary>Stores a clip's <see cref="ClipTimeline"/> as JSON, in milliseconds.</summary>
public static class HighlightMap
{
    public static string Write(ClipTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return JsonSerializer.Serialize(timeline.Parts.Select(p => new StoredPart((long)p.Start.TotalMilliseconds, (long)p.Length.TotalMilliseconds, (long)p.ClipStart.TotalMilliseconds)));
    }

    public static ClipTimeline Read(string json) => new(
        [.. (JsonSerializer.Deserialize<List<StoredPart>>(json) ?? []).Select(p => new ClipPart(TimeSpan.FromMilliseconds(p.StartMs), TimeSpan.FromMilliseconds(p.LengthMs), TimeSpan.FromMilliseconds(p.ClipStartMs)))]);

    private sealed record StoredPart(long StartMs, long LengthMs, long ClipStartMs);
}
