using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Addin.Web.Media;

/// <summary>
/// Checks, when a signed media URL is used, that its person may still see the recording (roles change, recordings get
/// hidden). A player sends many range requests per minute, so the answer is kept for a minute.
/// </summary>
public sealed class MediaAccess(AddinDbContext db, AccessPolicy access, IMemoryCache cache)
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(1);

    public async Task<bool> AllowedAsync(MediaGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var key = (nameof(MediaAccess), grant.PersonId, grant.RecordingId);
        if (cache.TryGetValue(key, out bool allowed))
        {
            return allowed;
        }

        var person = await db.People.AsNoTracking().Include(p => p.Platform).SingleOrDefaultAsync(p => p.Id == grant.PersonId, cancellationToken);
        allowed = person?.Platform is not null &&
                  await access.VisibleRecordings(new Viewer(person.Id, person.PlatformId, person.Platform.InstitutionId, person.IsReviewer))
                      .AnyAsync(r => r.Id == grant.RecordingId, cancellationToken);
        cache.Set(key, allowed, Remember);
        return allowed;
    }
}
