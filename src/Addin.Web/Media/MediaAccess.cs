using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Addin.Web.Media;

/// <summary>
/// Checks, when a signed media URL is used, that its person may still see the recording (roles change, recordings get
/// hidden). A player sends many range requests per minute, so the answer is kept for a minute.
/// </summary>
public sealed class MediaAccess(AddinDbContext db, AccessPolicy access, RecapReader recaps, IMemoryCache cache)
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

        allowed = await ViewerAsync(grant, cancellationToken) is { } viewer &&
                  await access.VisibleRecordings(viewer).AnyAsync(r => r.Id == grant.RecordingId, cancellationToken);
        cache.Set(key, allowed, Remember);
        return allowed;
    }

    /// <summary>
    /// True when the person may see the recording's recap: those who manage the session always, everyone else once it
    /// is approved. Media made from the recap (highlights, chapters) follow it.
    /// </summary>
    public async Task<bool> RecapVisibleAsync(MediaGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var key = (nameof(RecapVisibleAsync), grant.PersonId, grant.RecordingId);
        if (cache.TryGetValue(key, out bool visible))
        {
            return visible;
        }

        visible = await RecapAsync(grant, cancellationToken) is not null;
        cache.Set(key, visible, Remember);
        return visible;
    }

    /// <summary>The recap as the person may see it, or null.</summary>
    public async Task<RecapForViewer?> RecapAsync(MediaGrant grant, CancellationToken cancellationToken) =>
        await ViewerAsync(grant, cancellationToken) is { } viewer ? await recaps.ForViewerAsync(viewer, grant.RecordingId, cancellationToken) : null;

    private async Task<Viewer?> ViewerAsync(MediaGrant grant, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Platform).SingleOrDefaultAsync(p => p.Id == grant.PersonId, cancellationToken);
        return person?.Platform is null ? null : new Viewer(person.Id, person.PlatformId, person.Platform.InstitutionId, person.IsReviewer);
    }
}
