using System.Buffers.Binary;

namespace Addin.Testing;

/// <summary>
/// Real recorded speech (tests/fixtures/asr) laid end to end with silences between clips, as one 16 kHz mono WAV, with
/// where each clip lies and what is said in it (the manifest's reference). A faint fixed noise runs through the whole
/// timeline, as in any real recording, which also makes every stretch of it unique, so a server can tell where an
/// uploaded piece came from.
/// </summary>
public sealed class SpokenTimeline
{
    public const int SampleRate = 16000;

    private SpokenTimeline(short[] samples, IReadOnlyList<SpokenClip> clips)
    {
        Samples = samples;
        Clips = clips;
    }

    public short[] Samples { get; }

    public IReadOnlyList<SpokenClip> Clips { get; }

    public TimeSpan Duration => TimeSpan.FromSeconds(Samples.Length / (double)SampleRate);

    /// <summary>Every word said, in order.</summary>
    public IReadOnlyList<string> Words => Clips.SelectMany(c => c.Words).ToList();

    /// <summary>The clips (file names in tests/fixtures/asr), each followed by <paramref name="gap"/> of silence but the last.</summary>
    public static SpokenTimeline Build(TimeSpan gap, params string[] clipFiles)
    {
        var references = File.ReadLines(RepoPaths.Fixture("asr", "manifest.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => f[4], StringComparer.Ordinal);
        var samples = new List<short>();
        var clips = new List<SpokenClip>();
        foreach (string file in clipFiles)
        {
            if (clips.Count > 0)
            {
                samples.AddRange(new short[(int)(gap.TotalSeconds * SampleRate)]);
            }

            short[] clip = ReadWav(RepoPaths.Fixture("asr", file));
            clips.Add(new SpokenClip(file, TimeSpan.FromSeconds(samples.Count / (double)SampleRate), TimeSpan.FromSeconds(clip.Length / (double)SampleRate),
                references[file].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            samples.AddRange(clip);
        }

        var noise = new Random(7);
        short[] all = samples.Select(s => (short)Math.Clamp(s + noise.Next(-6, 7), short.MinValue, short.MaxValue)).ToArray();
        return new SpokenTimeline(all, clips);
    }

    public string WriteWav(string path)
    {
        File.WriteAllBytes(path, ToWav(Samples));
        return path;
    }

    /// <summary>Where a WAV's samples start in this timeline, or null when they are not a stretch of it.</summary>
    public long? Find(short[] piece)
    {
        int probe = Math.Min(piece.Length, 256);
        for (long start = 0; start + probe <= Samples.Length; start++)
        {
            if (Samples.AsSpan((int)start, probe).SequenceEqual(piece.AsSpan(0, probe)))
            {
                return start;
            }
        }

        return null;
    }

    public static byte[] ToWav(short[] samples)
    {
        var wav = new byte[44 + (samples.Length * 2)];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + (samples.Length * 2));
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), samples.Length * 2);
        for (int i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(44 + (i * 2)), samples[i]);
        }

        return wav;
    }

    /// <summary>The samples of a 16 kHz mono 16-bit WAV (its <c>data</c> chunk found by walking the RIFF chunks).</summary>
    public static short[] ReadWav(byte[] wav)
    {
        int at = 12;
        while (at + 8 <= wav.Length)
        {
            int size = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(at + 4));
            if (wav.AsSpan(at, 4).SequenceEqual("fmt "u8) &&
                (BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(at + 12)) != SampleRate || BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(at + 10)) != 1))
            {
                throw new InvalidDataException("Not a 16 kHz mono WAV.");
            }

            if (wav.AsSpan(at, 4).SequenceEqual("data"u8))
            {
                size = Math.Min(size, wav.Length - at - 8);
                var samples = new short[size / 2];
                for (int i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(at + 8 + (i * 2)));
                }

                return samples;
            }

            at += 8 + size + (size & 1);
        }

        throw new InvalidDataException("No data chunk.");
    }

    private static short[] ReadWav(string path) => ReadWav(File.ReadAllBytes(path));
}

/// <summary>One recorded clip on a <see cref="SpokenTimeline"/>; its words are spread evenly over it.</summary>
public sealed record SpokenClip(string File, TimeSpan Offset, TimeSpan Duration, IReadOnlyList<string> Words)
{
    public TimeSpan End => Offset + Duration;

    /// <summary>Where word <paramref name="index"/> is taken to be said.</summary>
    public (TimeSpan Start, TimeSpan End) WordTime(int index) =>
        (Offset + (Duration * index / Words.Count), Offset + (Duration * (index + 1) / Words.Count));
}
