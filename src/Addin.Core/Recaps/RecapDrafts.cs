using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Recaps;

/// <summary>Stores the pipeline's draft recap of a recording: once, however often the pipeline runs.</summary>
public sealed class RecapDrafts(AddinDbContext db, TimeProvider time)
{
    /// <summary>The recording's recap, or null when it has none.</summary>
    public Task<StoredRecap?> FindAsync(long recordingId, CancellationToken cancellationToken) =>
        db.Recaps.AsNoTracking().SingleOrDefaultAsync(r => r.RecordingId == recordingId, cancellationToken);

    /// <summary>Stores the checked recap as version 1, a draft; returns the recap the recording already has instead, if any.</summary>
    public async Task<(StoredRecap Recap, bool Created)> SaveAsync(long recordingId, CheckedRecap recap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recap);
        if (await FindAsync(recordingId, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var now = time.GetUtcNow();
        var run = recap.Recap.Run;
        var stored = new StoredRecap { RecordingId = recordingId, Status = RecapStatus.Draft, Version = 1, UpdatedAt = now };
        stored.Versions.Add(new RecapVersion
        {
            Number = 1,
            Status = RecapStatus.Draft,
            Change = $"drafted by {run.SummariserId}",
            RecapJson = RecapJson.Write(recap.Recap),
            DroppedClaims = recap.Dropped.Count,
            SummariserId = run.SummariserId,
            Model = run.Model,
            PromptVersion = run.PromptVersion,
            InputTokens = run.InputTokens,
            OutputTokens = run.OutputTokens,
            ChangedAt = now,
        });
        db.Recaps.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another run of the same recording may have stored its draft first (the unique index on the recording): keep that one.
            db.Entry(stored).State = EntityState.Detached;
            return (await FindAsync(recordingId, cancellationToken) ?? throw new InvalidOperationException($"The draft recap of recording {recordingId} could not be stored.", ex), false);
        }

        return (stored, true);
    }
}
