using System.Globalization;
using Addin.Core.Persistence;
using Addin.Core.Reviews;
using Addin.Lti.Registration;
using Addin.Lti.Services;
using Addin.Lti.Services.Grades;
using Addin.Web.Lti;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Grades;

/// <summary>
/// Sends a student's self-check score to the course's LMS gradebook (LTI Assignment and Grade Services 2.0): one line
/// item per recording ("Review: title", found by its resource id or created on first use), the score as the count of
/// questions the student knew. A failure is kept on the submission for the student to see, and thrown for a retry.
/// </summary>
public sealed partial class ReviewScoreSender(AddinDbContext db, AssignmentGradesClient grades, TimeProvider time, ILogger<ReviewScoreSender> logger)
{
    /// <summary>The line item tag Addin's review line items carry.</summary>
    public const string LineItemTag = "addin-review";

    private static readonly string[] LineItemScopes = [AgsScopes.LineItem];

    /// <summary>The line item's resource id for a recording: how Addin finds its line item again.</summary>
    public static string ResourceIdOf(long recordingId) => string.Create(CultureInfo.InvariantCulture, $"addin-recording-{recordingId}-review");

    public async Task SendAsync(long submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.ReviewSubmissions
            .Include(s => s.Person)
            .Include(s => s.Recording!).ThenInclude(r => r.Course!).ThenInclude(c => c.Platform!).ThenInclude(p => p.Deployments)
            .SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || submission.ScoreSentAt is not null ||
            !Uri.TryCreate(submission.Recording!.Course!.LineItemsUrl, UriKind.Absolute, out var lineItems))
        {
            return;
        }

        var recording = submission.Recording;
        var platform = EfPlatformRegistrationStore.ToRegistration(recording.Course.Platform!);
        try
        {
            var lineItem = submission.LineItemUrl is { } known ? new Uri(known) : await LineItemAsync(platform, lineItems, recording.Id, recording.Title, submission.Total, cancellationToken);
            await grades.PostScoreAsync(platform, lineItem, new Score
            {
                UserId = submission.Person!.Subject,
                ScoreGiven = submission.Known,
                ScoreMaximum = submission.Total,
                Comment = $"Self-marked review questions: knew {submission.Known} of {submission.Total}.",
                Timestamp = submission.SubmittedAt,
                ActivityProgress = ActivityProgress.Completed,
                GradingProgress = GradingProgress.FullyGraded,
            }, cancellationToken);
            submission.LineItemUrl = lineItem.AbsoluteUri;
            submission.ScoreSentAt = time.GetUtcNow();
            submission.ScoreError = null;
            await db.SaveChangesAsync(cancellationToken);
            LogSent(logger, submissionId, recording.Id, platform.Key);
        }
        catch (LtiServiceException ex)
        {
            submission.ScoreError = $"The LMS did not take the score ({ex.ErrorId}): {ex.Message}";
            await db.SaveChangesAsync(cancellationToken);
            LogFailed(logger, submissionId, recording.Id, platform.Key, ex.ErrorId, ex.Message);
            throw;
        }
    }

    private async Task<Uri> LineItemAsync(PlatformRegistration platform, Uri lineItems, long recordingId, string title, int questions, CancellationToken cancellationToken)
    {
        string resourceId = ResourceIdOf(recordingId);
        var existing = await grades.ListLineItemsAsync(platform, lineItems, new LineItemQuery(ResourceId: resourceId), LineItemScopes, cancellationToken);
        if (existing.FirstOrDefault(i => i.ResourceId == resourceId && i.Id is not null) is { Id: { } id })
        {
            return id;
        }

        var created = await grades.CreateLineItemAsync(platform, lineItems, new LineItem
        {
            Label = $"Review: {title}",
            ScoreMaximum = questions,
            ResourceId = resourceId,
            Tag = LineItemTag,
        }, cancellationToken);
        return created.Id ?? throw new LtiServiceException(LtiServiceErrorCode.InvalidResponse, "The LMS created the line item but did not say its id.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review score {SubmissionId} of recording {RecordingId} sent to platform {PlatformKey}")]
    private static partial void LogSent(ILogger logger, long submissionId, long recordingId, string platformKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review score {SubmissionId} of recording {RecordingId} not taken by platform {PlatformKey}: {ErrorId} {Reason}; tried again")]
    private static partial void LogFailed(ILogger logger, long submissionId, long recordingId, string platformKey, string errorId, string reason);
}
