using Addin.Core.Recordings;

namespace Addin.Core.Pipeline;

/// <summary>Tells the people who must know that a recording ended ready or failed, from a durable job.</summary>
public interface IRecordingOutcomeAlerts
{
    /// <summary>Queues the alerts about the recording's outcome.</summary>
    /// <param name="recordingId">The recording.</param>
    /// <param name="outcome"><see cref="RecordingStatus.Ready"/> or <see cref="RecordingStatus.Failed"/>.</param>
    /// <param name="eventId">The processing-log entry that recorded the outcome; the same entry alerts once.</param>
    void Raise(long recordingId, RecordingStatus outcome, long eventId);
}
