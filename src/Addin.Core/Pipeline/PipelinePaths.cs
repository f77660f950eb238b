namespace Addin.Core.Pipeline;

/// <summary>Where the pipeline keeps temporary files.</summary>
public sealed class PipelinePaths(string scratchRoot)
{
    public string ScratchRoot { get; } = scratchRoot;

    public string ScratchFor(long recordingId) => Path.Combine(ScratchRoot, "recordings", recordingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
