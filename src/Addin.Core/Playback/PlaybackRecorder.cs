using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Playback;

/// <summary>
/// Stores what a viewer did in the player of a recording they may see: the events, the watched parts merged into their
/// progress (clamped to the recording), where they stopped, and their speed and captions as their preference.
/// </summary>
public sealed class PlaybackRecorder(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    // A recording whose duration was never measured still has an upper bound for positions.
    private const double UnmeasuredDuration = 24 * 3600;

    public async Task<PlaybackRecordResult> RecordAsync(Viewer viewer, long recordingId, PlaybackBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await TryRecordAsync(viewer, recordingId, batch, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two batches of the same viewer (the periodic one and the one sent as the page closes) both created the
            // progress row; the second lost. Once more, it finds the row and merges into it.
            db.ChangeTracker.Clear();
            return await TryRecordAsync(viewer, recordingId, batch, cancellationToken);
        }
    }

    private async Task<PlaybackRecordResult> TryRecordAsync(Viewer viewer, long recordingId, PlaybackBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(batch);
        var recording = await access.VisibleRecordings(viewer).AsNoTracking()
            .Where(r => r.Id == recordingId)
            .Select(r => new { r.DurationMs })
            .SingleOrDefaultAsync(cancellationToken);
        if (recording is null)
        {
            return PlaybackRecordResult.NotFound;
        }

        double duration = recording.DurationMs is { } ms ? ms / 1000.0 : UnmeasuredDuration;
        var problems = PlaybackBatchValidator.Problems(batch, duration);
        if (problems.Count > 0)
        {
            return PlaybackRecordResult.Invalid(problems);
        }

        var now = time.GetUtcNow();
        db.AddRange(batch.Events.Select(e => new PlaybackEvent
        {
            RecordingId = recordingId,
            PersonId = viewer.PersonId,
            Kind = e.Kind,
            Position = e.Position,
            From = e.Kind == PlaybackEventKind.Seek ? e.From : null,
            To = e.Kind == PlaybackEventKind.Seek ? e.To : null,
            Speed = e.Kind == PlaybackEventKind.Speed ? e.Speed : null,
            CaptionsOn = e.Kind == PlaybackEventKind.Captions ? e.CaptionsOn : null,
            At = now,
        }));

        var progress = await db.PlaybackProgress
            .SingleOrDefaultAsync(p => p.RecordingId == recordingId && p.PersonId == viewer.PersonId, cancellationToken);
        if (progress is null)
        {
            progress = new PlaybackProgress { RecordingId = recordingId, PersonId = viewer.PersonId };
            db.Add(progress);
        }

        progress.Watched = progress.Watched.Add(batch.Watched, duration);
        progress.WatchedSeconds = progress.Watched.TotalSeconds;
        progress.LastPosition = Math.Clamp(batch.Position ?? batch.Events.LastOrDefault()?.Position ?? progress.LastPosition, 0, duration);
        progress.UpdatedAt = now;

        await RememberPreferenceAsync(viewer.PersonId, batch.Events, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return PlaybackRecordResult.Recorded(progress);
    }

    private async Task RememberPreferenceAsync(long personId, IReadOnlyList<PlaybackEventInput> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var speed = events.LastOrDefault(e => e.Kind == PlaybackEventKind.Speed)?.Speed;
        var lastCaptions = events.LastOrDefault(e => e.Kind == PlaybackEventKind.Captions);
        var captions = lastCaptions?.CaptionsOn;
        if (speed is null && captions is null)
        {
            return;
        }

        var preference = await db.PlayerPreferences.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (preference is null)
        {
            preference = new PlayerPreference { PersonId = personId };
            db.Add(preference);
        }

        preference.Speed = speed ?? preference.Speed;
        preference.CaptionsOn = captions ?? preference.CaptionsOn;
        preference.CaptionLanguage = lastCaptions?.Language ?? preference.CaptionLanguage;
        preference.UpdatedAt = now;
    }
}

/// <summary>The outcome of recording a batch: stored (with the progress now), the recording not visible, or the problems with the batch.</summary>
public sealed record PlaybackRecordResult(PlaybackProgress? Progress, IReadOnlyList<string> Problems, bool Found)
{
    public static PlaybackRecordResult NotFound { get; } = new(null, [], false);

    public static PlaybackRecordResult Invalid(IReadOnlyList<string> problems) => new(null, problems, true);

    public static PlaybackRecordResult Recorded(PlaybackProgress progress) => new(progress, [], true);
}
