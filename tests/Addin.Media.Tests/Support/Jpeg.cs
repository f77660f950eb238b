using System.Buffers.Binary;

namespace Addin.Media.Tests.Support;

/// <summary>Reads a JPEG's size from its start-of-frame marker (ffprobe is kept from images by the input policy).</summary>
internal static class Jpeg
{
    public static (int Width, int Height) ReadSize(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        Assert.True(data is [0xFF, 0xD8, ..], "not a JPEG: no start-of-image marker");
        int offset = 2;
        while (offset + 9 < data.Length)
        {
            Assert.Equal(0xFF, data[offset]);
            byte marker = data[offset + 1];
            int length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 2));
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 5)));
            }

            offset += 2 + length;
        }

        throw new InvalidDataException("no start-of-frame marker");
    }
}
