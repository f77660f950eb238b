using Addin.Core.Persistence;
using Addin.Sdk.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline;

/// <summary>A platform's courses as a recording source sees them: key, title and the external ids that map recordings.</summary>
public sealed class SourceScopes(AddinDbContext db)
{
    public async Task<SourceScope> ForPlatformAsync(long platformId, CancellationToken cancellationToken)
    {
        var platformKey = await db.Platforms.Where(p => p.Id == platformId).Select(p => p.Key).SingleAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.PlatformId == platformId)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Key, c.Title })
            .ToListAsync(cancellationToken);
        var externalIds = (await db.CourseExternalIds.AsNoTracking().Where(e => e.PlatformId == platformId)
                .Select(e => new { e.CourseId, e.Kind, e.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.CourseId);
        return new SourceScope
        {
            PlatformKey = platformKey,
            Courses = courses.Select(c => new CourseBinding
            {
                CourseKey = c.Key,
                Title = c.Title,
                ExternalIds = externalIds[c.Id].ToDictionary(e => e.Kind, e => e.Value, StringComparer.Ordinal),
            }).ToList(),
        };
    }
}
