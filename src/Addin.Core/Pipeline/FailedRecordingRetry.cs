using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline;

/// <summary>
/// A reviewer sends a failed recording through the pipeline again, from the stage that failed (earlier stages' results
/// are kept). Used once the cause is fixed: a provider configured, a file replaced in the store.
/// </summary>
public sealed class FailedRecordingRetry(AddinDbContext db, AccessPolicy access, IRecordingJobQueue jobs, TimeProvider time)
{
    /// <summary>Re-queues the recording; false when the viewer may not, or it is not failed (nothing changes then).</summary>
    public async Task<bool> RetryAsync(Viewer viewer, long recordingId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsReviewer)
        {
            return false;
        }

        var courses = access.VisibleCourses(viewer).Select(c => c.Id);
        var recording = await db.Recordings.SingleOrDefaultAsync(
            r => r.Id == recordingId && r.Status == RecordingStatus.Failed && courses.Contains(r.CourseId), cancellationToken);
        if (recording is null)
        {
            return false;
        }

        // The failure gave up the content's claim (see RecordingPipeline); take it back unless another import holds it now.
        if (recording.Sha256 is { } sha && !await db.Recordings.AnyAsync(r => r.CourseId == recording.CourseId && r.ContentClaim == sha, cancellationToken))
        {
            recording.ContentClaim = sha;
        }

        string failedAt = recording.Stage.ToString();
        recording.Status = RecordingStatus.Queued;
        recording.Progress = 0;
        recording.Attempts = 0;
        recording.Error = null;
        recording.UpdatedAt = time.GetUtcNow();
        recording.Events.Add(new RecordingEvent
        {
            Stage = recording.Stage,
            Severity = EventSeverity.Info,
            Message = $"Retry of the {failedAt} stage requested by {requestedBy}.",
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        jobs.EnqueueProcessing(recording.Id);
        return true;
    }
}
