using Addin.Core.Compliance;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Retention;

/// <summary>
/// Deletes a recording's media, renditions, captions, transcript and recap, and keeps its row as a tombstone saying who
/// deleted it, when and why (so the audit trail and a later import of the same source id know). The database is
/// committed first and the media deleted after, as erasure does, so a failing store cannot leave the row half-deleted.
/// </summary>
public sealed class RecordingDeletion(AddinDbContext db, ErasedMediaDeleter media, TimeProvider time)
{
    /// <param name="recording">A tracked recording, neither kept nor under legal hold (the callers check and say why not).</param>
    /// <param name="byPersonId">Who deleted it; null when a retention policy did.</param>
    /// <param name="reason">Who or what deleted it, in words.</param>
    /// <param name="cancellationToken">Cancels before the commit only.</param>
    public async Task<RecordingDeletionResult> DeleteAsync(Recording recording, long? byPersonId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        long platformId = await db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.PlatformId).SingleAsync(cancellationToken);
        var objects = recording.StoredKeys().Select(k => new MediaObject(platformId, k)).ToList();
        var now = time.GetUtcNow();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Transcripts.Where(t => t.RecordingId == recording.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Recaps.Where(r => r.RecordingId == recording.Id).ExecuteDeleteAsync(cancellationToken);
            await db.HighlightClips.Where(c => c.RecordingId == recording.Id).ExecuteDeleteAsync(cancellationToken);
            recording.MediaKey = recording.PosterKey = recording.CaptionsKey = recording.SourceTranscriptKey = recording.CaptionTranslations = null;
            recording.AudioKey = recording.PlaybackKey = recording.DownloadKey = recording.ThumbnailsKey = recording.ThumbnailSpriteKey = null;
            recording.HighlightsKey = recording.HighlightCaptionsKey = null;
            recording.Status = RecordingStatus.Deleted;
            recording.Progress = 0;
            recording.DeletedAt = now;
            recording.DeletedById = byPersonId;
            recording.DeletedReason = reason.Length > 500 ? reason[..500] : reason;
            recording.StorageTier = null;
            recording.ControlVersion++;
            recording.UpdatedAt = now;
            recording.Events.Add(new RecordingEvent { Stage = recording.Stage, Severity = EventSeverity.Info, Message = $"Deleted: {recording.DeletedReason}", At = now });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var result = new RecordingDeletionResult();
        await media.DeleteAsync(objects, result.MediaDeleted, result.MediaFailures, CancellationToken.None);
        return result;
    }
}

/// <summary>The media objects a deletion removed, and those it could not (with why).</summary>
public sealed class RecordingDeletionResult
{
    public List<string> MediaDeleted { get; } = [];

    public List<string> MediaFailures { get; } = [];
}
