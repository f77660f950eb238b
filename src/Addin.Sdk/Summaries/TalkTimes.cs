using Addin.Sdk.Transcription;

namespace Addin.Sdk.Summaries;

/// <summary>Measures talk time from a transcript, so every summariser reports it the same way and none asks a model for it.</summary>
public static class TalkTimes
{
    /// <summary>How a segment without a speaker is counted.</summary>
    public const string UnknownSpeaker = "Unknown speaker";

    /// <summary>The speaker a segment is counted for: its speaker trimmed, or <see cref="UnknownSpeaker"/>.</summary>
    public static string SpeakerOf(TranscriptSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return string.IsNullOrWhiteSpace(segment.Speaker) ? UnknownSpeaker : segment.Speaker.Trim();
    }

    /// <summary>Speaking time, share (rounded to 0.001) and turns per speaker, largest share first.</summary>
    public static IReadOnlyList<TalkTime> Measure(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var segments = transcript.Segments.OrderBy(s => s.Start).ToList();
        var turns = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        foreach (string speaker in segments.Select(SpeakerOf))
        {
            if (speaker != previous)
            {
                turns[speaker] = turns.GetValueOrDefault(speaker) + 1;
                previous = speaker;
            }
        }

        var spoken = segments.GroupBy(SpeakerOf, StringComparer.Ordinal)
            .Select(g => (Speaker: g.Key, Spoken: TimeSpan.FromTicks(g.Sum(s => (s.End - s.Start).Ticks))))
            .ToList();
        double total = spoken.Sum(s => s.Spoken.TotalSeconds);
        return [.. spoken
            .Select(s => new TalkTime(s.Speaker, s.Spoken, total > 0 ? Math.Round(s.Spoken.TotalSeconds / total, 3) : 0, turns[s.Speaker]))
            .OrderByDescending(t => t.Spoken).ThenBy(t => t.Speaker, StringComparer.Ordinal)];
    }
}
