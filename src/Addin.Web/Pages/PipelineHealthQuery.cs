using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>Builds the pipeline health page over the recordings of the reviewer's institution.</summary>
public sealed class PipelineHealthQuery(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    public const int Hours = 24;
    private const int ListLimit = 50;

    /// <summary>The page's model; null when the viewer is not a reviewer.</summary>
    public async Task<PipelineHealthModel?> BuildAsync(RequestViewer viewer, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Viewer.IsReviewer)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var courses = access.VisibleCourses(viewer.Viewer).Select(c => c.Id);
        var recordings = db.Recordings.AsNoTracking().Where(r => courses.Contains(r.CourseId));

        var counts = await recordings.GroupBy(r => new { r.Stage, r.Status }).Select(g => new { g.Key.Stage, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var stages = PipelineOrder.Stages.Select(stage => new StageCounts(
            stage,
            counts.Where(c => c.Stage == stage && c.Status is RecordingStatus.Queued or RecordingStatus.Retrying).Sum(c => c.Count),
            counts.Where(c => c.Stage == stage && c.Status == RecordingStatus.Processing).Sum(c => c.Count),
            counts.Where(c => c.Stage == stage && c.Status == RecordingStatus.Failed).Sum(c => c.Count),
            counts.Where(c => c.Stage == stage && c.Status == RecordingStatus.Ready).Sum(c => c.Count))).ToList();

        var failures = await recordings.Where(r => r.Status == RecordingStatus.Failed).OrderByDescending(r => r.Id).Take(ListLimit)
            .Select(r => new PipelineFailure(r.Id, r.Title, r.Course!.Title, r.Stage, r.Error, r.Attempts, r.UpdatedAt))
            .ToListAsync(cancellationToken);

        var waiting = await recordings.Where(r => r.Status == RecordingStatus.Queued || r.Status == RecordingStatus.Retrying)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(1)
            .Select(r => new WaitingRecording(r.Id, r.Title, r.Stage, r.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);

        var firstHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1 - Hours);
        var readyAt = await db.RecordingEvents.AsNoTracking()
            .Where(e => e.Stage == PipelineStage.Ready && e.Severity == EventSeverity.Info && e.At >= firstHour && recordings.Any(r => r.Id == e.RecordingId))
            .Select(e => e.At)
            .ToListAsync(cancellationToken);
        var throughput = Enumerable.Range(0, Hours).Select(i => firstHour.AddHours(i))
            .Select(hour => new HourlyCount(hour, readyAt.Count(at => at >= hour && at < hour.AddHours(1))))
            .ToList();

        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => recordings.Any(r => r.Id == a.RecordingId) || db.Sessions.Any(s => s.Id == a.SessionId && courses.Contains(s.CourseId)))
            .OrderByDescending(a => a.Id).Take(ListLimit)
            .Select(a => new AlertRow(a.RecordingId, a.SessionId, a.Kind, a.Audience, a.NotifierId, a.Recipients, a.Subject, a.Status, a.Error, a.SentAt ?? a.CreatedAt))
            .ToListAsync(cancellationToken);

        var notImported = await recordings.Where(r => r.Status == RecordingStatus.NotImported).OrderByDescending(r => r.Id).Take(ListLimit)
            .Select(r => new HeldRecording(r.Id, r.Title, r.Course!.Title, r.CreatedAt))
            .ToListAsync(cancellationToken);

        return new PipelineHealthModel(await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken), stages, failures, waiting, throughput, alerts, now, notice)
        {
            NotImported = notImported,
        };
    }
}
