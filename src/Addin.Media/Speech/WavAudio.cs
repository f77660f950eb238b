using System.Buffers.Binary;
using System.Text;

namespace Addin.Media.Speech;

/// <summary>A PCM WAV file's format and samples: enough to join espeak-ng's lines into one track without a filter graph.</summary>
internal sealed record WavAudio(int SampleRate, short Channels, short BitsPerSample, byte[] Samples)
{
    private int BytesPerSecond => SampleRate * BlockAlign;

    private int BlockAlign => Channels * BitsPerSample / 8;

    public TimeSpan Duration => DurationOf(Samples.Length);

    /// <summary>How long this many bytes of samples in this format play.</summary>
    public TimeSpan DurationOf(long bytes) => TimeSpan.FromSeconds((double)bytes / BytesPerSecond);

    public bool HasSameFormat(WavAudio other) =>
        SampleRate == other.SampleRate && Channels == other.Channels && BitsPerSample == other.BitsPerSample;

    /// <summary>Silence of this format, whole sample frames long.</summary>
    public byte[] Silence(TimeSpan length) => new byte[(int)Math.Round(length.TotalSeconds * SampleRate) * BlockAlign];

    public static WavAudio Read(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (file.Length < 12 || !file.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !file.AsSpan(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"'{path}' is not a WAV file.");
        }

        (int Rate, short Channels, short Bits)? format = null;
        int offset = 12;
        while (offset + 8 <= file.Length)
        {
            var id = file.AsSpan(offset, 4);
            int size = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(offset + 4, 4));
            int body = offset + 8;
            if (id.SequenceEqual("data"u8) && format is { } f)
            {
                // A writer that could not seek back leaves the size unset; the data then runs to the end of the file.
                int length = size <= 0 || size > file.Length - body ? file.Length - body : size;
                int blockAlign = f.Channels * f.Bits / 8;
                length -= length % blockAlign;
                return new WavAudio(f.Rate, f.Channels, f.Bits, file[body..(body + length)]);
            }

            if (size < 0 || size > file.Length - body)
            {
                break;
            }

            if (id.SequenceEqual("fmt "u8) && size >= 16)
            {
                if (BinaryPrimitives.ReadInt16LittleEndian(file.AsSpan(body, 2)) != 1)
                {
                    throw new InvalidDataException($"'{path}' is not PCM.");
                }

                format = (BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(body + 4, 4)),
                    BinaryPrimitives.ReadInt16LittleEndian(file.AsSpan(body + 2, 2)),
                    BinaryPrimitives.ReadInt16LittleEndian(file.AsSpan(body + 14, 2)));
            }

            offset = body + size + (size & 1);
        }

        throw new InvalidDataException($"'{path}' has no 'fmt ' chunk followed by a 'data' chunk.");
    }

    public void Write(string path)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write("RIFF"u8);
        writer.Write(36 + Samples.Length);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write(Channels);
        writer.Write(SampleRate);
        writer.Write(BytesPerSecond);
        writer.Write((short)BlockAlign);
        writer.Write(BitsPerSample);
        writer.Write("data"u8);
        writer.Write(Samples.Length);
        writer.Write(Samples);
    }
}
