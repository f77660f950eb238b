namespace Addin.Core.Pipeline;

/// <summary>Queues a recording's processing on the durable job engine.</summary>
public interface IRecordingJobQueue
{
    /// <summary>Queues processing of the recording from the stage it is at.</summary>
    void EnqueueProcessing(long recordingId);
}
