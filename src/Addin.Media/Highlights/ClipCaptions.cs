using Addin.Sdk.Transcription;

namespace Addin.Media.Highlights;

/// <summary>Moves a recording's captions onto a highlight clip's timeline.</summary>
public static class ClipCaptions
{
    /// <summary>
    /// The cues the clip keeps, in clip time: a cue is cut where its part starts or ends, appears once in each part it
    /// overlaps, and is left out when no part holds any of it.
    /// </summary>
    public static IReadOnlyList<TranscriptSegment> Shift(IEnumerable<TranscriptSegment> cues, ClipTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(timeline);
        var cueList = cues.ToList();
        return
        [
            .. timeline.Parts.SelectMany(part => cueList
                .Where(c => c.End > part.Start && c.Start < part.End)
                .OrderBy(c => c.Start)
                .Select(c => c with
                {
                    Start = part.ClipStart + ((c.Start > part.Start ? c.Start : part.Start) - part.Start),
                    End = part.ClipStart + ((c.End < part.End ? c.End : part.End) - part.Start),
                    Words = [],
                })),
        ];
    }
}
