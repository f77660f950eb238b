namespace Addin.Core.Reviews;

/// <summary>Sends a review submission's score to the course's LMS gradebook, durably (retried until the LMS takes it).</summary>
public interface IReviewScorePosts
{
    void Post(long submissionId);
}
