using Addin.Core.Pipeline;
using Hangfire;

namespace Addin.Web.Pipeline;

/// <summary>Queues recording processing on Hangfire, whose storage (SQLite or PostgreSQL) survives restarts.</summary>
public sealed class HangfireRecordingJobQueue(IBackgroundJobClient jobs) : IRecordingJobQueue
{
    public void EnqueueProcessing(long recordingId) =>
        jobs.Enqueue<ProcessRecordingJob>(job => job.RunAsync(recordingId, null, CancellationToken.None));
}
