namespace Addin.Core.Recordings;

/// <summary>Where a recording stands overall.</summary>
public enum RecordingStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued = 0,

    /// <summary>A stage is running.</summary>
    Processing = 1,

    /// <summary>A stage failed and will be retried.</summary>
    Retrying = 2,

    /// <summary>Playable.</summary>
    Ready = 3,

    /// <summary>Stopped with an error a person must act on; earlier stages' results are kept.</summary>
    Failed = 4,

    /// <summary>The same content was already imported into the course; this import created nothing.</summary>
    Duplicate = 5,

    /// <summary>Its media and derived data were deleted; the row is a tombstone saying who deleted it, when and why.</summary>
    Deleted = 6,

    /// <summary>
    /// An automatic source found it, but its course has not opted in to automatic import: nothing was fetched. The
    /// course's instructor or a reviewer can import it with one click.
    /// </summary>
    NotImported = 7,
}
