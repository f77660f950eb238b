using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx;

/// <summary>Groups timed words into transcript segments: a new one after a pause, or when one would grow too long.</summary>
internal static class WordSegments
{
    public static IReadOnlyList<TranscriptSegment> Group(IReadOnlyList<TranscriptWord> words, TimeSpan pause, TimeSpan maxDuration)
    {
        var segments = new List<TranscriptSegment>();
        var current = new List<TranscriptWord>();
        foreach (var word in words)
        {
            if (current.Count > 0 && (word.Start - current[^1].End >= pause || word.End - current[0].Start > maxDuration))
            {
                segments.Add(Segment(current));
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            segments.Add(Segment(current));
        }

        return segments;
    }

    private static TranscriptSegment Segment(List<TranscriptWord> words) => new()
    {
        Start = words[0].Start,
        End = words[^1].End,
        Text = string.Join(' ', words.Select(w => w.Text)),
        Confidence = words.Average(w => w.Confidence ?? 0),
        Words = words,
    };
}
