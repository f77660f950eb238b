using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline;

/// <summary>
/// "Import it": someone who teaches or reviews the course sends a recording that was held because its course had not
/// opted in to automatic import through the pipeline, from the start. Nothing about it was fetched before.
/// </summary>
public sealed class HeldRecordingImport(AddinDbContext db, AccessPolicy access, IRecordingJobQueue jobs, TimeProvider time)
{
    /// <summary>Queues the recording; false when the viewer may not, or it is not held (nothing changes then).</summary>
    public async Task<bool> ImportAsync(Viewer viewer, long recordingId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var recording = await db.Recordings.SingleOrDefaultAsync(r => r.Id == recordingId && r.Status == RecordingStatus.NotImported, cancellationToken);
        if (recording is null || !await access.ManagesCourseAsync(viewer, recording.CourseId, cancellationToken))
        {
            return false;
        }

        // Claimed only while still held: two clicks (or two people) queue it once.
        int claimed = await db.Recordings
            .Where(r => r.Id == recordingId && r.Status == RecordingStatus.NotImported)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RecordingStatus.Queued), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        recording.Status = RecordingStatus.Queued;
        recording.Error = null;
        recording.UpdatedAt = time.GetUtcNow();
        recording.Events.Add(new RecordingEvent
        {
            Stage = recording.Stage,
            Severity = EventSeverity.Info,
            Message = $"Import requested by {requestedBy}.",
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        jobs.EnqueueProcessing(recording.Id);
        return true;
    }
}
