namespace Addin.Core.Highlights;

/// <summary>Queues the durable job that cuts a recording's highlight clip once its recap is approved or edited.</summary>
public interface IHighlightClipQueue
{
    /// <summary>Queues the cut; however often it is queued, a recap version is cut once.</summary>
    void EnqueueCut(long recordingId);
}
