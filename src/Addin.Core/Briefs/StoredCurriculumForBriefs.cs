using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>
/// What the course's curriculum plan says comes next: the plan's topics, in order, that no recap of an earlier session
/// (approved or draft, never rejected) mapped a covered topic to.
/// </summary>
public sealed class StoredCurriculumForBriefs(AddinDbContext db) : ICurriculumBriefSource
{
    /// <summary>How many upcoming topics a brief lists.</summary>
    public const int TopicsShown = 3;

    public async Task<IReadOnlyList<string>> NextTopicsAsync(long courseId, DateTimeOffset sessionStartsAt, CancellationToken cancellationToken)
    {
        var topics = await db.CurriculumPlanTopics.AsNoTracking()
            .Where(t => db.CurriculumPlans.Any(p => p.Id == t.PlanId && p.CourseId == courseId))
            .OrderBy(t => t.Position)
            .Select(t => new { t.TopicId, t.Title })
            .ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            return [];
        }

        var earlier = await db.Recaps.AsNoTracking()
            .Where(r => r.Status != RecapStatus.Rejected)
            .Join(db.Recordings.Where(rec => rec.CourseId == courseId), r => r.RecordingId, rec => rec.Id,
                (r, rec) => new { StartsAt = rec.Session!.StartsAt, rec.CreatedAt, Json = db.RecapVersions.Where(v => v.RecapId == r.Id && v.Number == r.Version).Select(v => v.RecapJson).First() })
            .ToListAsync(cancellationToken);
        var covered = earlier.Where(r => (r.StartsAt ?? r.CreatedAt) < sessionStartsAt)
            .SelectMany(r => RecapJson.Read(r.Json).Topics)
            .Select(t => t.CurriculumTopicId)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return [.. topics.Where(t => !covered.Contains(t.TopicId)).Take(TopicsShown).Select(t => t.Title)];
    }
}
