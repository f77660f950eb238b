using System.Text.Json;

namespace Addin.Plugins.LocalDisk;

/// <summary>
/// What the store records beside an object: its content type and checksum, and the length and last-write time of the
/// file they describe. The data file is renamed into place first, so for an instant (or after a crash) the record may
/// describe an older file; it is only believed while length and last-write time still match.
/// </summary>
internal sealed record ObjectMetadata(string ContentType, long Length, string Sha256, long LastWriteTicks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Describes(FileInfo file) => file.Length == Length && file.LastWriteTimeUtc.Ticks == LastWriteTicks;

    public static async Task<ObjectMetadata?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<ObjectMetadata>(stream, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Missing or damaged metadata loses only the checksum and content type, never the object.
            return null;
        }
    }

    public Task WriteAsync(string path, CancellationToken cancellationToken) =>
        File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(this, Json), cancellationToken);
}
