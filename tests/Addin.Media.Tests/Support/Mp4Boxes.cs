using System.Buffers.Binary;
using System.Text;

namespace Addin.Media.Tests.Support;

/// <summary>Lists the top-level boxes of an MP4 file, to see whether its index (moov) comes before the media (mdat).</summary>
internal static class Mp4Boxes
{
    public static IReadOnlyList<string> TopLevel(string path)
    {
        var boxes = new List<string>();
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[16];
        long offset = 0;
        while (offset + 8 <= file.Length)
        {
            file.Position = offset;
            file.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            boxes.Add(Encoding.ASCII.GetString(header[4..8]));
            if (size == 1)
            {
                file.ReadExactly(header[8..16]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
            }

            if (size < 8)
            {
                break;
            }

            offset += size;
        }

        return boxes;
    }

    public static bool IsFastStart(string path)
    {
        var boxes = TopLevel(path).ToList();
        return boxes.Contains("moov") && boxes.Contains("mdat") && boxes.IndexOf("moov") < boxes.IndexOf("mdat");
    }
}
