using Addin.Plugins.SemanticKernelSummariser.Prompt;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.SemanticKernelSummariser;

/// <summary>Speaking time, share and turns per speaker, largest share first: measured from the segments, never asked of the model.</summary>
/// <remarks>
/// The local summariser measures the same way (its TalkTimeCounter). Sharing one would mean a new public SDK type and
/// an SDK version every plugin must follow; REVIEW: move both into Addin.Sdk with the next SDK version.
/// </remarks>
internal static class TalkTimeMeasure
{
    public static IReadOnlyList<TalkTime> Of(Transcript transcript)
    {
        var segments = transcript.Segments.OrderBy(s => s.Start).ToList();
        var turns = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        foreach (string speaker in segments.Select(TranscriptLine.Speaker))
        {
            if (speaker != previous)
            {
                turns[speaker] = turns.GetValueOrDefault(speaker) + 1;
                previous = speaker;
            }
        }

        var spoken = segments.GroupBy(TranscriptLine.Speaker, StringComparer.Ordinal)
            .Select(g => (Speaker: g.Key, Spoken: TimeSpan.FromTicks(g.Sum(s => (s.End - s.Start).Ticks))))
            .ToList();
        double total = spoken.Sum(s => s.Spoken.TotalSeconds);
        return [.. spoken
            .Select(s => new TalkTime(s.Speaker, s.Spoken, total > 0 ? Math.Round(s.Spoken.TotalSeconds / total, 3) : 0, turns[s.Speaker]))
            .OrderByDescending(t => t.Spoken).ThenBy(t => t.Speaker, StringComparer.Ordinal)];
    }
}
