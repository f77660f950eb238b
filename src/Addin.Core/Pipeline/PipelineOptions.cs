namespace Addin.Core.Pipeline;

/// <summary>Limits and timings of the recording pipeline. Configuration section <c>Addin:Pipeline</c>.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Addin:Pipeline";

    /// <summary>The largest recording accepted, in bytes (default 8 GiB).</summary>
    public long MaxRecordingBytes { get; set; } = 8L * 1024 * 1024 * 1024;

    /// <summary>File extensions accepted as recordings.</summary>
    public List<string> AcceptedExtensions { get; set; } = [];

    /// <summary>How often recording sources are asked for new recordings.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of a failing stage before the recording is marked failed (bad input fails at once).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// How long a resumable upload waits for its next piece before it is given up and its partial file deleted
    /// (default one day).
    /// </summary>
    public TimeSpan AbandonedUploadExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Where stages keep temporary files; relative paths are under the data directory.</summary>
    public string ScratchDirectory { get; set; } = "scratch";

    /// <summary>
    /// Fills what configuration left empty. (List defaults cannot sit in the initialisers: configuration binding
    /// appends to a list instead of replacing it.)
    /// </summary>
    public void ApplyDefaults()
    {
        if (AcceptedExtensions.Count == 0)
        {
            AcceptedExtensions.AddRange([".mp4", ".webm", ".m4a", ".mp3", ".mov", ".mkv", ".mpg", ".ogg", ".wav"]);
        }
    }
}
