using Addin.Core.Pipeline;
using Addin.Web.Quality;
using Hangfire;
using Hangfire.Server;

namespace Addin.Web.Pipeline;

/// <summary>
/// The durable job that runs a recording's pipeline. The job engine retries it; each run resumes at the saved stage.
/// When the run ends, the session's quality check is queued (it also looks at recordings that failed).
/// </summary>
public sealed class ProcessRecordingJob(RecordingPipeline pipeline, IBackgroundJobClient jobs)
{
    /// <summary>Retries after 10 s, 1 min and 5 min; with the first run that is <see cref="PipelineOptions.MaxAttempts"/> = 4.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Process recording {0}")]
    public async Task RunAsync(long recordingId, PerformContext? context, CancellationToken cancellationToken)
    {
        int attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
        await pipeline.RunAsync(recordingId, attempt, cancellationToken);
        jobs.Enqueue<QualityCheckJob>(job => job.RunForRecordingAsync(recordingId, CancellationToken.None));
    }
}
