namespace Addin.Media.Probing;

/// <summary>Reads a media file's duration, container and tracks.</summary>
public interface IMediaProber
{
    /// <summary>Probes a file the host stored.</summary>
    /// <exception cref="MediaProcessingException">The file is empty, not media, has no tracks, or ffprobe failed.</exception>
    Task<MediaProbe> ProbeAsync(string path, CancellationToken ct);
}
