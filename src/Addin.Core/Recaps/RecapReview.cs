using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Recaps;

/// <summary>
/// The instructor's (or a reviewer's) decisions on a recap: approve, reject, edit. Each adds a version and keeps the
/// earlier ones. Only those who manage the recording's session may decide; the version they saw must still be current,
/// so two reviewers never overwrite each other unseen.
/// </summary>
public sealed class RecapReview(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    public Task<RecapReviewResult> ApproveAsync(Viewer viewer, long recordingId, int version, CancellationToken cancellationToken) =>
        DecideAsync(viewer, recordingId, version, cancellationToken, current => (RecapStatus.Approved, "approved", current.RecapJson));

    public Task<RecapReviewResult> RejectAsync(Viewer viewer, long recordingId, int version, CancellationToken cancellationToken) =>
        DecideAsync(viewer, recordingId, version, cancellationToken, current => (RecapStatus.Rejected, "rejected", current.RecapJson));

    /// <summary>Applies the edit and publishes the edited recap (status <see cref="RecapStatus.Edited"/>).</summary>
    public Task<RecapReviewResult> EditAsync(Viewer viewer, long recordingId, int version, RecapEdit edit, CancellationToken cancellationToken) =>
        DecideAsync(viewer, recordingId, version, cancellationToken, current =>
        {
            var (edited, change) = RecapEditor.Apply(RecapJson.Read(current.RecapJson), edit);
            return (RecapStatus.Edited, $"edited: {change}", RecapJson.Write(edited));
        });

    private async Task<RecapReviewResult> DecideAsync(
        Viewer viewer, long recordingId, int version, CancellationToken cancellationToken, Func<RecapVersion, (RecapStatus Status, string Change, string Json)> decide)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        // A local, not a call inside the lambda: EF would otherwise compile the call anew on every decision.
        var managed = access.ManagedSessions(viewer).Select(s => s.Id);
        bool manages = await access.VisibleRecordings(viewer).AnyAsync(r => r.Id == recordingId && managed.Contains(r.SessionId), cancellationToken);
        if (!manages)
        {
            return new RecapReviewResult(RecapReviewOutcome.NotAllowed, "You may not review this recording's recap.");
        }

        var recap = await db.Recaps.SingleOrDefaultAsync(r => r.RecordingId == recordingId, cancellationToken);
        if (recap is null)
        {
            return new RecapReviewResult(RecapReviewOutcome.NoRecap, "This recording has no recap.");
        }

        if (recap.Version != version)
        {
            return new RecapReviewResult(RecapReviewOutcome.Stale,
                $"The recap changed since you opened it (now version {recap.Version}, {recap.Status}); nothing was changed. Look at the current version and decide again.");
        }

        var current = await db.RecapVersions.AsNoTracking().SingleAsync(v => v.RecapId == recap.Id && v.Number == version, cancellationToken);
        (RecapStatus status, string change, string json) decision;
        try
        {
            decision = decide(current);
        }
        catch (ArgumentException ex)
        {
            return new RecapReviewResult(RecapReviewOutcome.Invalid, $"Not saved: {ex.Message}");
        }

        var now = time.GetUtcNow();
        recap.Version = version + 1;
        recap.Status = decision.status;
        recap.UpdatedAt = now;
        recap.UpdatedById = viewer.PersonId;
        db.RecapVersions.Add(new RecapVersion
        {
            RecapId = recap.Id,
            Number = recap.Version,
            Status = decision.status,
            Change = decision.change,
            RecapJson = decision.json,
            DroppedClaims = current.DroppedClaims,
            SummariserId = current.SummariserId,
            Model = current.Model,
            PromptVersion = current.PromptVersion,
            InputTokens = current.InputTokens,
            OutputTokens = current.OutputTokens,
            ChangedById = viewer.PersonId,
            ChangedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another reviewer's decision took the same version number first (unique per recap).
            db.ChangeTracker.Clear();
            return new RecapReviewResult(RecapReviewOutcome.Stale, "Someone else decided on this recap at the same moment; nothing was changed. Look at the current version.");
        }

        return new RecapReviewResult(RecapReviewOutcome.Done, $"Recap {decision.change}.") { Version = recap.Version, Status = recap.Status };
    }
}

/// <summary>What became of a review decision.</summary>
public enum RecapReviewOutcome
{
    Done,
    NotAllowed,
    NoRecap,
    Stale,
    Invalid,
}

/// <summary>The outcome of a decision, with a message for the page.</summary>
public sealed record RecapReviewResult(RecapReviewOutcome Outcome, string Message)
{
    /// <summary>The version the decision made, when done.</summary>
    public int? Version { get; init; }

    public RecapStatus? Status { get; init; }
}
