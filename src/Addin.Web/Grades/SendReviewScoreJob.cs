using Hangfire;

namespace Addin.Web.Grades;

/// <summary>The durable job that sends one self-check score to the LMS gradebook.</summary>
public sealed class SendReviewScoreJob(ReviewScoreSender sender)
{
    /// <summary>
    /// One at a time, so two students' first scores on a recording do not both create its line item. Retried after
    /// 1 min, 10 min, 1 h and 6 h.
    /// </summary>
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [60, 600, 3600, 21600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [JobDisplayName("Send review score {0} to the LMS gradebook")]
    public Task RunAsync(long submissionId, CancellationToken cancellationToken) => sender.SendAsync(submissionId, cancellationToken);
}
