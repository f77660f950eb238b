using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Quality;

/// <summary>A reviewer's decision on a flag: resolved or dismissed, with a note, who and when. Only reviewers of the session's institution may decide.</summary>
public sealed class QualityReview(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    public const int MaxNoteLength = 2000;

    /// <summary>Records the decision; false when the viewer may not review the flag (or it does not exist).</summary>
    /// <exception cref="ArgumentException">The decision is not Resolved or Dismissed, or the note is too long.</exception>
    public async Task<bool> DecideAsync(Viewer viewer, long flagId, QualityFlagStatus decision, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (decision is not (QualityFlagStatus.Resolved or QualityFlagStatus.Dismissed))
        {
            throw new ArgumentException($"A flag can be resolved or dismissed, not set to {decision}.", nameof(decision));
        }

        string? trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"The note has {trimmed.Length} characters; keep it to {MaxNoteLength}.", nameof(note));
        }

        if (!viewer.IsReviewer)
        {
            return false;
        }

        var sessions = access.ManagedSessions(viewer).Select(s => s.Id);
        var flag = await db.QualityFlags.SingleOrDefaultAsync(f => f.Id == flagId && sessions.Contains(f.SessionId), cancellationToken);
        if (flag is null)
        {
            return false;
        }

        flag.Status = decision;
        flag.ReviewNote = trimmed;
        flag.ReviewedById = viewer.PersonId;
        flag.ReviewedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
