using Addin.Core.Reviews;
using Hangfire;

namespace Addin.Web.Grades;

/// <summary>Queues self-check scores for the LMS gradebook on Hangfire, whose storage survives restarts.</summary>
public sealed class HangfireReviewScorePosts(IBackgroundJobClient jobs) : IReviewScorePosts
{
    public void Post(long submissionId) => jobs.Enqueue<SendReviewScoreJob>(job => job.RunAsync(submissionId, CancellationToken.None));
}
