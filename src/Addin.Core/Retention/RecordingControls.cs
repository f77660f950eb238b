using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Retention;

/// <summary>
/// What those who manage a recording's session may do with it: hide it from students and mentors (and show it again),
/// mark it to keep, delete it; reviewers also put it under legal hold. Each change names the
/// <see cref="Recording.ControlVersion"/> its form was made from, so a stale page changes nothing.
/// </summary>
public sealed class RecordingControls(AddinDbContext db, AccessPolicy access, RecordingDeletion deletion)
{
    public const int MaxHoldReason = 500;

    public Task<ControlResult> ApplyAsync(Viewer viewer, long recordingId, int version, RecordingControl control, CancellationToken cancellationToken) =>
        ApplyAsync(viewer, recordingId, version, control, null, cancellationToken);

    /// <param name="viewer">Who asks.</param>
    /// <param name="recordingId">The recording.</param>
    /// <param name="version">The <see cref="Recording.ControlVersion"/> the form showed.</param>
    /// <param name="control">What to do.</param>
    /// <param name="holdReason">Why, for <see cref="RecordingControl.Hold"/>.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    public async Task<ControlResult> ApplyAsync(Viewer viewer, long recordingId, int version, RecordingControl control, string? holdReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var managed = access.ManagedSessions(viewer).Select(s => s.Id);
        var recording = await db.Recordings.SingleOrDefaultAsync(r => r.Id == recordingId && managed.Contains(r.SessionId), cancellationToken);
        if (recording is null || (control is (RecordingControl.Hold or RecordingControl.Release) && !viewer.IsReviewer))
        {
            return new ControlResult(ControlOutcome.NotAllowed, "You may not change this recording.");
        }

        if (recording.ControlVersion != version)
        {
            return new ControlResult(ControlOutcome.Stale, "The recording changed since you opened the page; nothing was changed. Look at it again and decide.");
        }

        if (recording.Status == RecordingStatus.Deleted)
        {
            return new ControlResult(ControlOutcome.Refused, $"The recording was deleted already ({recording.DeletedReason}).");
        }

        string? refusal = control switch
        {
            RecordingControl.Hold when string.IsNullOrWhiteSpace(holdReason) => "Say why the recording is under legal hold (a case or request number, for example); nothing was changed.",
            RecordingControl.Hold when holdReason!.Trim().Length > MaxHoldReason => $"The reason is longer than {MaxHoldReason} characters; shorten it. Nothing was changed.",
            RecordingControl.Delete => DeletionBlock(recording),
            _ => null,
        };
        if (refusal is not null)
        {
            return new ControlResult(ControlOutcome.Refused, refusal);
        }

        if (control == RecordingControl.Delete)
        {
            string who = await db.People.Where(p => p.Id == viewer.PersonId).Select(p => p.Name ?? p.Subject).SingleAsync(cancellationToken);
            var deleted = await deletion.DeleteAsync(recording, viewer.PersonId, $"deleted by {who}", cancellationToken);
            return deleted.MediaFailures.Count == 0
                ? new ControlResult(ControlOutcome.Done, $"Deleted \"{recording.Title}\": its video, renditions, captions, transcript and recap are gone.")
                : new ControlResult(ControlOutcome.Done, $"Deleted \"{recording.Title}\", but {deleted.MediaFailures.Count} file(s) could not be removed from the store: {string.Join("; ", deleted.MediaFailures)}");
        }

        // One conditional update: of two changes made from the same page, only the first finds its version.
        string? reason = holdReason?.Trim();
        int changed = await db.Recordings.Where(r => r.Id == recordingId && r.ControlVersion == version).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(r => r.ControlVersion, version + 1);
            _ = control switch
            {
                RecordingControl.Hide => set.SetProperty(r => r.HiddenFromStudents, true),
                RecordingControl.Show => set.SetProperty(r => r.HiddenFromStudents, false),
                RecordingControl.Keep => set.SetProperty(r => r.Keep, true),
                RecordingControl.Unkeep => set.SetProperty(r => r.Keep, false),
                RecordingControl.Hold => set.SetProperty(r => r.LegalHold, reason),
                RecordingControl.Release => set.SetProperty(r => r.LegalHold, (string?)null),
                _ => throw new ArgumentOutOfRangeException(nameof(control), control, "Not a change to a recording."),
            };
        }, cancellationToken);
        if (changed == 0)
        {
            return new ControlResult(ControlOutcome.Stale, "Someone else changed the recording at the same moment; nothing was changed. Look at it again.");
        }

        await db.Entry(recording).ReloadAsync(cancellationToken);
        return new ControlResult(ControlOutcome.Done, Done(control, reason));
    }

    /// <summary>Why the recording may not be deleted now, or null.</summary>
    private static string? DeletionBlock(Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return recording switch
        {
            { Status: RecordingStatus.Queued or RecordingStatus.Processing or RecordingStatus.Retrying } =>
                "The recording is still being processed; delete it once it is ready or has failed.",
            { LegalHold: { } hold } => $"The recording is under legal hold ({hold}), so it cannot be deleted. A reviewer must release the hold first.",
            { Keep: true } => "The recording is marked to keep, so it cannot be deleted. Clear \"Keep\" first if it should go.",
            _ => null,
        };
    }

    private static string Done(RecordingControl control, string? holdReason) => control switch
    {
        RecordingControl.Hide => "Hidden from students and parents. You still see it; show it again at any time.",
        RecordingControl.Show => "Shown to students and parents again.",
        RecordingControl.Keep => "Marked to keep: retention will not delete it.",
        RecordingControl.Unkeep => "No longer marked to keep: the retention policy applies to it again.",
        RecordingControl.Hold => $"Under legal hold ({holdReason}): it cannot be deleted until the hold is released.",
        _ => "Legal hold released.",
    };
}

/// <summary>A change to how a recording is kept or shown.</summary>
public enum RecordingControl
{
    Hide,
    Show,
    Keep,
    Unkeep,
    Hold,
    Release,
    Delete,
}

/// <summary>What became of a change.</summary>
public enum ControlOutcome
{
    Done,
    NotAllowed,
    Stale,
    Refused,
}

/// <summary>The outcome of a change, with a message for the page.</summary>
public sealed record ControlResult(ControlOutcome Outcome, string Message);
