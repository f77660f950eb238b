namespace Addin.Core.Pipeline;

/// <summary>Where the pipeline keeps temporary files.</summary>
public sealed class PipelinePaths(string scratchRoot)
{
    public string ScratchRoot { get; } = scratchRoot;

    /// <summary>The folder of the partial files of resumable uploads.</summary>
    public string Uploads => Path.Combine(ScratchRoot, "uploads");

    public string ScratchFor(long recordingId) => Path.Combine(ScratchRoot, "recordings", recordingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
