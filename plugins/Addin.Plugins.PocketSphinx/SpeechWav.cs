using System.Buffers.Binary;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx;

/// <summary>
/// What pocketsphinx_continuous accepts, checked before it starts (loading its model takes seconds, and it says
/// nothing at all about a WAV without samples): a mono 16-bit PCM WAV at 16 kHz with some audio.
/// </summary>
internal static class SpeechWav
{
    private const int SampleRate = 16000;

    /// <summary>The audio's length.</summary>
    /// <exception cref="TranscriptionException">The file is missing, not such a WAV, or empty.</exception>
    public static TimeSpan Check(string path)
    {
        if (!File.Exists(path))
        {
            throw Refused(path, "the file does not exist");
        }

        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (file.Read(header) < 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..].SequenceEqual("WAVE"u8))
        {
            throw Refused(path, "it is not a WAV file");
        }

        bool formatSeen = false;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (file.Read(chunk) == 8)
        {
            long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8) && size >= 16 && file.Read(format) == 16)
            {
                int tag = BinaryPrimitives.ReadInt16LittleEndian(format);
                int channels = BinaryPrimitives.ReadInt16LittleEndian(format[2..]);
                int rate = BinaryPrimitives.ReadInt32LittleEndian(format[4..]);
                int bits = BinaryPrimitives.ReadInt16LittleEndian(format[14..]);
                if (tag != 1 || channels != 1 || bits != 16 || rate != SampleRate)
                {
                    throw Refused(path, $"it holds format {tag}, {channels} channel(s) of {bits} bits at {rate} Hz");
                }

                formatSeen = true;
                file.Position += size - 16 + (size & 1);
            }
            else if (chunk[..4].SequenceEqual("data"u8) && formatSeen)
            {
                long bytes = Math.Min(size, file.Length - file.Position);
                return bytes >= 2 ? TimeSpan.FromSeconds(bytes / 2 / (double)SampleRate) : throw Refused(path, "it holds no audio");
            }
            else
            {
                file.Position += size + (size & 1);
            }
        }

        throw Refused(path, "it holds no audio");
    }

    private static TranscriptionException Refused(string path, string why) =>
        new($"PocketSphinx cannot transcribe '{Path.GetFileName(path)}': {why}; it needs a 16 kHz mono 16-bit PCM WAV with speech in it (the host extracts one with ffmpeg).");
}
