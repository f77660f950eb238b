using Addin.Sdk.Captions;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Web.Components.Shared;

namespace Addin.Web.Media;

/// <summary>
/// The WebVTT chapters track of a recap (<c>&lt;track kind="chapters"&gt;</c>), for browsers and screen readers: a
/// chapter starts at each topic and each tagged moment and runs to the next, titled with the topic or the moment's
/// kind and label. Text is escaped by <see cref="WebVttWriter"/>, so a hostile label stays text.
/// </summary>
public static class ChaptersTrack
{
    public static string Write(Recap recap, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(recap);
        var starts = recap.Topics.Select(t => (At: t.Start, Title: t.Title))
            .Concat(recap.Moments.Select(m => (At: m.Evidence.At, Title: $"{RecapPanel.MomentName(m.Kind)}: {m.Label}")))
            .Where(c => c.At >= TimeSpan.Zero && c.At < duration)
            .OrderBy(c => c.At)
            .DistinctBy(c => c.At)
            .ToList();
        return WebVttWriter.Write(starts.Select((c, i) => new TranscriptSegment { Start = c.At, End = i + 1 < starts.Count ? starts[i + 1].At : duration, Text = c.Title }));
    }
}
