using Addin.Core.People;
using Addin.Core.Recordings;

namespace Addin.Core.Reviews;

/// <summary>
/// A student's self-marked answers to the review questions of a recording's approved recap: how many they knew, and
/// whether that score reached the course's LMS gradebook (LTI Assignment and Grade Services). A new submission replaces
/// the student's previous one.
/// </summary>
public sealed class ReviewSubmission
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public Recording? Recording { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The recap version whose questions were answered.</summary>
    public int RecapVersion { get; set; }

    public int Known { get; set; }

    public int Total { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The LMS line item the score went to.</summary>
    public string? LineItemUrl { get; set; }

    /// <summary>When the LMS accepted this submission's score; null while it waits or when it failed.</summary>
    public DateTimeOffset? ScoreSentAt { get; set; }

    /// <summary>Why the last attempt to send the score failed, for the student and the logs.</summary>
    public string? ScoreError { get; set; }
}
