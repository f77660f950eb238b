namespace Addin.Media.Speech;

/// <summary>Lays spoken lines end to end with pauses, and records when each one is heard.</summary>
internal static class SpeechTrack
{
    public static readonly TimeSpan LeadIn = TimeSpan.FromSeconds(0.5);
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(0.6);
    public static readonly TimeSpan Tail = TimeSpan.FromSeconds(0.8);

    /// <summary>Joins the lines' audio (all in one format) and returns the track with each line's start and end.</summary>
    public static (WavAudio Track, IReadOnlyList<(TimeSpan Start, TimeSpan End)> Timings) Join(IReadOnlyList<WavAudio> lines)
    {
        ArgumentOutOfRangeException.ThrowIfZero(lines.Count);
        var first = lines[0];
        if (lines.FirstOrDefault(line => !line.HasSameFormat(first)) is { } odd)
        {
            throw new InvalidDataException(
                $"espeak-ng wrote lines in different formats ({first.SampleRate} Hz and {odd.SampleRate} Hz); use voices of one kind (not a mix of espeak and mbrola voices).");
        }

        using var samples = new MemoryStream();
        var timings = new List<(TimeSpan, TimeSpan)>(lines.Count);
        samples.Write(first.Silence(LeadIn));
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                samples.Write(first.Silence(Pause));
            }

            var start = first.DurationOf(samples.Length);
            samples.Write(lines[i].Samples);
            timings.Add((start, start + lines[i].Duration));
        }

        samples.Write(first.Silence(Tail));
        return (first with { Samples = samples.ToArray() }, timings);
    }
}
