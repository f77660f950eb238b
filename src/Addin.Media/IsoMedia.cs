namespace Addin.Media;

/// <summary>Recognises the start of an MP4/MOV file, to tell a cut-off recording from a file that never was one.</summary>
internal static class IsoMedia
{
    /// <summary>True when the file starts with an ISO base media <c>ftyp</c> box.</summary>
    public static bool HasFileTypeBox(string path)
    {
        Span<byte> head = stackalloc byte[8];
        try
        {
            using var stream = File.OpenRead(path);
            return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head[4..].SequenceEqual("ftyp"u8);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
