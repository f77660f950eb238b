namespace Addin.Plugins.OpenAiTranscription.Audio;

/// <summary>
/// Cuts long audio into pieces a transcription request accepts, each cut in the middle of the longest quiet stretch of
/// the second half of the allowed length (found from the RMS energy of 20 ms frames), so cuts fall between words.
/// Each piece also carries the <c>overlap</c> after its cut, in case the quiet stretch was a pause inside a word.
/// </summary>
internal static class SilenceSplitter
{
    /// <summary>Frames this much louder than the quietest one still count as quiet (in 16-bit sample units: about −66 dBFS).</summary>
    private const double QuietSlack = 16;

    public static IReadOnlyList<AudioPiece> Plan(PcmWav wav, long maxSamples, long overlapSamples)
    {
        if (overlapSamples < 0 || maxSamples < 4 * Math.Max(overlapSamples, 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxSamples), "A piece must be at least four times as long as the overlap.");
        }

        var pieces = new List<AudioPiece>();
        long start = 0;
        while (wav.SampleCount - start > maxSamples)
        {
            long searchEnd = start + maxSamples - overlapSamples;
            long cut = QuietestPoint(wav, start + ((maxSamples - overlapSamples) / 2), searchEnd);
            pieces.Add(new AudioPiece(start, Math.Min(wav.SampleCount, cut + overlapSamples)));
            start = cut;
        }

        pieces.Add(new AudioPiece(start, wav.SampleCount));
        return pieces;
    }

    /// <summary>The middle of the longest run of quiet frames between <paramref name="from"/> and <paramref name="to"/>; the latest run wins a tie.</summary>
    internal static long QuietestPoint(PcmWav wav, long from, long to)
    {
        int frame = Math.Max(1, wav.SampleRate / 50);
        double[] rms = FrameRms(wav.ReadSamples(from, (int)(to - from)), frame);
        if (rms.Length == 0)
        {
            return from + ((to - from) / 2);
        }

        double quiet = (rms.Min() * 1.5) + QuietSlack;
        int bestStart = 0, bestLength = 0, runStart = 0;
        for (int i = 0; i <= rms.Length; i++)
        {
            if (i < rms.Length && rms[i] <= quiet)
            {
                continue;
            }

            if (i - runStart >= bestLength && i > runStart)
            {
                (bestStart, bestLength) = (runStart, i - runStart);
            }

            runStart = i + 1;
        }

        return from + ((long)bestStart * frame) + ((long)bestLength * frame / 2);
    }

    private static double[] FrameRms(short[] samples, int frame)
    {
        var rms = new double[samples.Length / frame];
        for (int f = 0; f < rms.Length; f++)
        {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++)
            {
                sum += (double)samples[i] * samples[i];
            }

            rms[f] = Math.Sqrt(sum / frame);
        }

        return rms;
    }
}
