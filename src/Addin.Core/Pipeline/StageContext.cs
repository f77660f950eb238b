using Addin.Core.Recordings;
using Addin.Sdk.Recordings;

namespace Addin.Core.Pipeline;

/// <summary>What a stage works on, and how it reports.</summary>
public sealed class StageContext(Recording recording, long platformId, string scratchDirectory, IProgress<double> progress, TimeProvider time)
{
    public Recording Recording { get; } = recording;

    public long PlatformId { get; } = platformId;

    /// <summary>A folder for this recording's temporary files; removed when the recording is done.</summary>
    public string ScratchDirectory { get; } = scratchDirectory;

    /// <summary>Progress of the stage from 0 to 1; shown on the recording's page.</summary>
    public IProgress<double> Progress { get; } = progress;

    /// <summary>Set by a stage that ends the pipeline early without failing (a duplicate).</summary>
    public RecordingStatus? EndedAs { get; private set; }

    /// <summary>Why the stage ended the pipeline early, in words for the recording's page and the source.</summary>
    public string? EndReason { get; private set; }

    public RecordingReference Reference => RecordingReferences.Read(Recording);

    public void Info(string message) => Add(EventSeverity.Info, message);

    public void Warn(string message) => Add(EventSeverity.Warning, message);

    public void End(RecordingStatus status, string message)
    {
        EndedAs = status;
        EndReason = message;
        Add(EventSeverity.Warning, message);
    }

    private void Add(EventSeverity severity, string message) =>
        Recording.Events.Add(new RecordingEvent { Stage = Recording.Stage, Severity = severity, Message = message, At = time.GetUtcNow() });
}
