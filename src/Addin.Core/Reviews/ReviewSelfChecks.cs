using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Reviews;

/// <summary>
/// Students check themselves on the review questions of a recording's approved recap: they read each answer and mark
/// whether they knew it. The count they knew is their score, kept in Addin and sent to the course's LMS gradebook where
/// the LMS offers one. Only learners of the course do this; those who teach it, parents and reviewers read the questions.
/// </summary>
public sealed class ReviewSelfChecks(AddinDbContext db, AccessPolicy access, IReviewScorePosts posts, TimeProvider time)
{
    /// <summary>The self-check the viewer may make on the recording, with their last submission; null when they may not.</summary>
    public async Task<ReviewSelfCheck?> ForViewerAsync(Viewer viewer, long recordingId, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(viewer, recordingId, cancellationToken);
        if (target is null)
        {
            return null;
        }

        var last = await db.ReviewSubmissions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.RecordingId == recordingId && s.PersonId == viewer.PersonId, cancellationToken);
        return new ReviewSelfCheck(target.RecapVersion, target.Questions, last is null ? null : new ReviewSelfCheckResult(
            last.Known, last.Total, last.SubmittedAt, Gradebook(target.HasGradebook, last), last.ScoreError));
    }

    /// <summary>Keeps the viewer's marks (true: knew it) for the questions of recap version <paramref name="recapVersion"/>.</summary>
    public async Task<ReviewSubmitOutcome> SubmitAsync(Viewer viewer, long recordingId, int recapVersion, IReadOnlyList<bool?> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var target = await TargetAsync(viewer, recordingId, cancellationToken);
        if (target is null)
        {
            return ReviewSubmitOutcome.NotAllowed;
        }

        if (target.RecapVersion != recapVersion)
        {
            return ReviewSubmitOutcome.QuestionsChanged;
        }

        if (marks.Count != target.Questions || marks.Any(m => m is null))
        {
            return ReviewSubmitOutcome.Incomplete;
        }

        var submission = await db.ReviewSubmissions.SingleOrDefaultAsync(s => s.RecordingId == recordingId && s.PersonId == viewer.PersonId, cancellationToken);
        if (submission is null)
        {
            submission = new ReviewSubmission { RecordingId = recordingId, PersonId = viewer.PersonId };
            db.ReviewSubmissions.Add(submission);
        }

        submission.RecapVersion = recapVersion;
        submission.Known = marks.Count(m => m == true);
        submission.Total = marks.Count;
        submission.SubmittedAt = time.GetUtcNow();
        submission.ScoreSentAt = null;
        submission.ScoreError = null;
        await db.SaveChangesAsync(cancellationToken);
        if (target.HasGradebook)
        {
            posts.Post(submission.Id);
        }

        return ReviewSubmitOutcome.Saved;
    }

    private static ReviewGradebook Gradebook(bool hasGradebook, ReviewSubmission last) =>
        !hasGradebook ? ReviewGradebook.None
        : last.ScoreSentAt is not null ? ReviewGradebook.Sent
        : last.ScoreError is not null ? ReviewGradebook.Failed
        : ReviewGradebook.Waiting;

    private async Task<Target?> TargetAsync(Viewer viewer, long recordingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var found = await access.VisibleRecordings(viewer).Where(r => r.Id == recordingId)
            .Select(r => new
            {
                r.CourseId,
                r.Course!.LineItemsUrl,
                Learner = db.Enrollments.Any(e => e.CourseId == r.CourseId && e.PersonId == viewer.PersonId && (e.Roles & CourseRoles.Learner) != 0),
                Recap = db.Recaps.Where(c => c.RecordingId == r.Id).Select(c => new { c.Id, c.Status, c.Version }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (viewer.IsReviewer || found is not { Learner: true, Recap: { } recap } || !recap.Status.IsPublished() ||
            await access.ManagesCourseAsync(viewer, found.CourseId, cancellationToken))
        {
            return null;
        }

        string json = await db.RecapVersions.AsNoTracking().Where(v => v.RecapId == recap.Id && v.Number == recap.Version)
            .Select(v => v.RecapJson).SingleAsync(cancellationToken);
        int questions = RecapJson.Read(json).ReviewQuestions.Count;
        return questions == 0 ? null : new Target(recap.Version, questions, found.LineItemsUrl is not null);
    }

    private sealed record Target(int RecapVersion, int Questions, bool HasGradebook);
}

/// <summary>A self-check the viewer may make: the recap version and question count it is for, and their last result.</summary>
public sealed record ReviewSelfCheck(int RecapVersion, int Questions, ReviewSelfCheckResult? Last);

/// <summary>A student's last self-check and where its score is.</summary>
public sealed record ReviewSelfCheckResult(int Known, int Total, DateTimeOffset SubmittedAt, ReviewGradebook Gradebook, string? Error);

/// <summary>Where a self-check's score stands with the LMS gradebook.</summary>
public enum ReviewGradebook
{
    /// <summary>The course's LMS offers no gradebook service; the score is kept in Addin.</summary>
    None,

    /// <summary>Being sent.</summary>
    Waiting,

    /// <summary>The LMS accepted it.</summary>
    Sent,

    /// <summary>The LMS refused it or could not be reached; it is tried again.</summary>
    Failed,
}

public enum ReviewSubmitOutcome
{
    Saved,
    NotAllowed,
    QuestionsChanged,
    Incomplete,
}
