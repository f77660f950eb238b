using System.Buffers.Binary;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.OpenAiTranscription.Audio;

/// <summary>
/// A mono 16-bit PCM WAV file read in place: its samples are read by range and pieces of it written as WAV files of
/// their own, so hours of audio never sit in memory at once.
/// </summary>
internal sealed class PcmWav : IDisposable
{
    public const int HeaderBytes = 44;
    private readonly FileStream file;
    private readonly long dataOffset;

    private PcmWav(FileStream file, long dataOffset, long sampleCount, int sampleRate)
    {
        this.file = file;
        this.dataOffset = dataOffset;
        SampleCount = sampleCount;
        SampleRate = sampleRate;
    }

    public long SampleCount { get; }

    public int SampleRate { get; }

    /// <exception cref="TranscriptionException">The file is not a mono 16-bit PCM WAV.</exception>
    public static PcmWav Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        try
        {
            return Parse(file, path);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public TimeSpan TimeOf(long sample) => TimeSpan.FromSeconds((double)sample / SampleRate);

    /// <summary>Reads <paramref name="count"/> samples from <paramref name="start"/> (fewer at the end of the file).</summary>
    public short[] ReadSamples(long start, int count)
    {
        count = (int)Math.Min(count, SampleCount - start);
        byte[] bytes = ReadData(start, count);
        var samples = new short[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(i * 2));
        }

        return samples;
    }

    /// <summary>The samples from <paramref name="start"/> to <paramref name="end"/> as a WAV file of their own.</summary>
    public byte[] Slice(long start, long end)
    {
        int count = (int)(end - start);
        var wav = new byte[HeaderBytes + (count * 2)];
        WriteHeader(wav, count, SampleRate);
        file.Position = dataOffset + (start * 2);
        file.ReadExactly(wav.AsSpan(HeaderBytes));
        return wav;
    }

    public void Dispose() => file.Dispose();

    public static void WriteHeader(Span<byte> header, int sampleCount, int sampleRate)
    {
        int dataBytes = sampleCount * 2;
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], dataBytes);
    }

    private byte[] ReadData(long start, int count)
    {
        var bytes = new byte[count * 2];
        file.Position = dataOffset + (start * 2);
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Walks the RIFF chunks: ffmpeg writes a LIST chunk before <c>data</c>, so the header is not always 44 bytes.</summary>
    private static PcmWav Parse(FileStream file, string path)
    {
        Span<byte> head = stackalloc byte[12];
        if (file.Read(head) < 12 || !head[..4].SequenceEqual("RIFF"u8) || !head[8..12].SequenceEqual("WAVE"u8))
        {
            throw NotPcm(path, "it is not a WAV file");
        }

        int? sampleRate = null;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (file.Read(chunk) == 8)
        {
            long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                file.ReadExactly(format);
                short tag = BinaryPrimitives.ReadInt16LittleEndian(format);
                short channels = BinaryPrimitives.ReadInt16LittleEndian(format[2..]);
                short bits = BinaryPrimitives.ReadInt16LittleEndian(format[14..]);
                if (tag != 1 || channels != 1 || bits != 16)
                {
                    throw NotPcm(path, $"it holds format {tag} with {channels} channel(s) of {bits} bits");
                }

                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(format[4..]);
                file.Position += size - 16 + (size & 1);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                if (sampleRate is not { } rate || rate <= 0)
                {
                    throw NotPcm(path, "its data comes before its format");
                }

                // A WAV still being written (or streamed by ffmpeg) may declare more data than the file holds.
                long available = Math.Min(size, file.Length - file.Position);
                return new PcmWav(file, file.Position, available / 2, rate);
            }
            else
            {
                file.Position += size + (size & 1);
            }
        }

        throw NotPcm(path, "it has no audio data");
    }

    private static TranscriptionException NotPcm(string path, string why) =>
        new($"The audio '{Path.GetFileName(path)}' cannot be sent for transcription: {why}; the host should give a 16 kHz mono 16-bit PCM WAV.");
}
