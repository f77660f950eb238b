namespace Addin.Media.Processing;

/// <summary>
/// A temporary file beside the destination that replaces it only on <see cref="Commit"/>, so a failed or cancelled
/// run never leaves a half-written output that a later stage could take for a finished one.
/// </summary>
internal sealed class PartialOutputFile : IDisposable
{
    private bool _committed;

    public PartialOutputFile(string destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        Destination = Path.GetFullPath(destination);
        string folder = Path.GetDirectoryName(Destination)!;
        Directory.CreateDirectory(folder);
        TemporaryPath = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(Destination)}.{Guid.NewGuid():N}.partial{Path.GetExtension(Destination)}");
    }

    public string Destination { get; }

    public string TemporaryPath { get; }

    /// <summary>True when the tool wrote something.</summary>
    public bool HasContent => File.Exists(TemporaryPath) && new FileInfo(TemporaryPath).Length > 0;

    public void Commit()
    {
        File.Move(TemporaryPath, Destination, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
