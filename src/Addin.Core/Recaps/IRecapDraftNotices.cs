namespace Addin.Core.Recaps;

/// <summary>Tells the people who review a recording's recap that its draft awaits them, from a durable job.</summary>
public interface IRecapDraftNotices
{
    /// <summary>Queues the notice about the recording's draft recap; however often it is queued, a draft is told once.</summary>
    void DraftAwaitsReview(long recordingId);
}
