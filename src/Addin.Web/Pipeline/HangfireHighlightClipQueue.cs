using Addin.Core.Highlights;
using Hangfire;

namespace Addin.Web.Pipeline;

/// <summary>Queues highlight cuts on Hangfire, whose storage survives restarts.</summary>
public sealed class HangfireHighlightClipQueue(IBackgroundJobClient jobs) : IHighlightClipQueue
{
    public void EnqueueCut(long recordingId) => jobs.Enqueue<HighlightClipJob>(job => job.RunAsync(recordingId, CancellationToken.None));
}
