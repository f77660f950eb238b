using Addin.Core.Pipeline;
using Hangfire;
using Hangfire.Server;

namespace Addin.Web.Pipeline;

/// <summary>The durable job that runs a recording's pipeline. The job engine retries it; each run resumes at the saved stage.</summary>
public sealed class ProcessRecordingJob(RecordingPipeline pipeline)
{
    /// <summary>Retries after 10 s, 1 min and 5 min; with the first run that is <see cref="PipelineOptions.MaxAttempts"/> = 4.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Process recording {0}")]
    public Task RunAsync(long recordingId, PerformContext? context, CancellationToken cancellationToken)
    {
        int attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
        return pipeline.RunAsync(recordingId, attempt, cancellationToken);
    }
}
