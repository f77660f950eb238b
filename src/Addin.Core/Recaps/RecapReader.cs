using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Sdk.Summaries;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Recaps;

/// <summary>
/// What of a recording's recap a viewer may see. Those who manage the session see the current version whatever its
/// status, with confidences, the dropped-claims count, the summariser run and the history. Everyone else who may see the
/// recording sees the current version only when it is approved or edited, without any of those internals.
/// </summary>
public sealed class RecapReader(AddinDbContext db, AccessPolicy access)
{
    /// <summary>The recap as the viewer may see it, or null when there is none for them.</summary>
    public async Task<RecapForViewer?> ForViewerAsync(Viewer viewer, long recordingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var recording = await access.VisibleRecordings(viewer).Where(r => r.Id == recordingId)
            .Select(r => new { r.SessionId, r.CourseId }).SingleOrDefaultAsync(cancellationToken);
        var recap = recording is null ? null : await db.Recaps.AsNoTracking().SingleOrDefaultAsync(r => r.RecordingId == recordingId, cancellationToken);
        if (recording is null || recap is null)
        {
            return null;
        }

        bool canReview = await access.ManagedSessions(viewer).AnyAsync(s => s.Id == recording.SessionId, cancellationToken);
        if (!canReview && !recap.Status.IsPublished())
        {
            return null;
        }

        var current = await db.RecapVersions.AsNoTracking().SingleAsync(v => v.RecapId == recap.Id && v.Number == recap.Version, cancellationToken);
        var content = RecapJson.Read(current.RecapJson);
        var curriculum = await db.CurriculumPlanTopics.AsNoTracking()
            .Where(t => db.CurriculumPlans.Any(p => p.Id == t.PlanId && p.CourseId == recording.CourseId))
            .ToDictionaryAsync(t => t.TopicId, t => t.Title, cancellationToken);
        if (!canReview)
        {
            return new RecapForViewer(false, recap.Status, recap.Version, WithoutInternals(content), curriculum);
        }

        var history = await db.RecapVersions.AsNoTracking().Where(v => v.RecapId == recap.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new RecapHistoryEntry(v.Number, v.Status, v.Change, db.People.Where(p => p.Id == v.ChangedById).Select(p => p.Name ?? p.Subject).FirstOrDefault(), v.ChangedAt))
            .ToListAsync(cancellationToken);
        return new RecapForViewer(true, recap.Status, recap.Version, content, curriculum)
        {
            DroppedClaims = current.DroppedClaims,
            History = history,
        };
    }

    /// <summary>The drafts in a course that the viewer may review, oldest first.</summary>
    public async Task<IReadOnlyList<RecapAwaitingReview>> DraftsAwaitingAsync(Viewer viewer, long courseId, CancellationToken cancellationToken)
    {
        var managed = access.ManagedSessions(viewer).Select(s => s.Id);
        var drafts = await db.Recaps.AsNoTracking()
            .Where(r => r.Status == RecapStatus.Draft)
            .Join(db.Recordings.Where(r => r.CourseId == courseId && managed.Contains(r.SessionId)), recap => recap.RecordingId, recording => recording.Id,
                (recap, recording) => new RecapAwaitingReview(recording.Id, recording.Title, recap.Version, recap.UpdatedAt))
            .ToListAsync(cancellationToken);
        return [.. drafts.OrderBy(d => d.DraftedAt)];
    }

    // Confidence is the summariser's view of its own draft, for the reviewer; once approved the recap speaks for the course.
    private static Recap WithoutInternals(Recap recap) => recap with
    {
        Topics = [.. recap.Topics.Select(t => t with { Confidence = 0 })],
        Exchanges = [.. recap.Exchanges.Select(e => e with { Confidence = 0 })],
        Gaps = [.. recap.Gaps.Select(g => g with { Confidence = 0 })],
        NextSteps = [.. recap.NextSteps.Select(s => s with { Confidence = 0 })],
        ReviewQuestions = [.. recap.ReviewQuestions.Select(q => q with { Confidence = 0 })],
        Moments = [.. recap.Moments.Select(m => m with { Confidence = 0 })],
        Run = new SummariserRun { SummariserId = "" },
    };
}

/// <summary>A recap as one viewer may see it.</summary>
/// <param name="CanReview">True for those who manage the session: they see drafts, internals and history, and decide.</param>
/// <param name="Status">The current version's status.</param>
/// <param name="Version">The current version's number (decisions name it, so a stale page cannot overwrite a newer one).</param>
/// <param name="Recap">The current version's content (without confidences and run for those who cannot review).</param>
/// <param name="CurriculumTitles">The course plan's topic titles by id.</param>
public sealed record RecapForViewer(bool CanReview, RecapStatus Status, int Version, Recap Recap, IReadOnlyDictionary<string, string> CurriculumTitles)
{
    /// <summary>How many claims the evidence check dropped (reviewers only).</summary>
    public int? DroppedClaims { get; init; }

    /// <summary>Every version, newest first (reviewers only).</summary>
    public IReadOnlyList<RecapHistoryEntry> History { get; init; } = [];
}

/// <summary>One version in a recap's history.</summary>
/// <param name="By">Who made it; null when the pipeline drafted it.</param>
public sealed record RecapHistoryEntry(int Number, RecapStatus Status, string Change, string? By, DateTimeOffset At);

/// <summary>A draft recap awaiting review, as the course page lists it.</summary>
public sealed record RecapAwaitingReview(long RecordingId, string Title, int Version, DateTimeOffset DraftedAt);
