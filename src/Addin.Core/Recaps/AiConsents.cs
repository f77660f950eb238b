using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Recaps;

/// <summary>Reads and records whether AI processing is on for a platform and for a course (it runs only when both are).</summary>
public sealed class AiConsents(AddinDbContext db, TimeProvider time)
{
    /// <summary>True when both the course and its platform have AI processing switched on.</summary>
    public Task<bool> IsOnForCourseAsync(long courseId, CancellationToken cancellationToken) =>
        db.Courses.AnyAsync(
            c => c.Id == courseId &&
                 db.AiConsents.Any(a => a.PlatformId == c.PlatformId && a.CourseId == null && a.Enabled) &&
                 db.AiConsents.Any(a => a.CourseId == c.Id && a.Enabled),
            cancellationToken);

    /// <summary>The platform's and the course's consent records (null where never set, which means off).</summary>
    public async Task<AiConsentState> ForCourseAsync(long courseId, CancellationToken cancellationToken)
    {
        long platformId = await db.Courses.Where(c => c.Id == courseId).Select(c => c.PlatformId).SingleAsync(cancellationToken);
        var records = await db.AiConsents.AsNoTracking()
            .Where(a => (a.PlatformId == platformId && a.CourseId == null) || a.CourseId == courseId)
            .ToListAsync(cancellationToken);
        return new AiConsentState(records.SingleOrDefault(a => a.CourseId is null), records.SingleOrDefault(a => a.CourseId == courseId));
    }

    /// <summary>Switches AI processing on or off for every course of a platform (each course must still opt in).</summary>
    public Task SetPlatformAsync(long platformId, bool enabled, long? personId, string by, CancellationToken cancellationToken) =>
        SetAsync(platformId, null, enabled, personId, by, cancellationToken);

    /// <summary>Switches AI processing on or off for one course.</summary>
    public async Task SetCourseAsync(long courseId, bool enabled, long? personId, string by, CancellationToken cancellationToken)
    {
        long platformId = await db.Courses.Where(c => c.Id == courseId).Select(c => c.PlatformId).SingleAsync(cancellationToken);
        await SetAsync(platformId, courseId, enabled, personId, by, cancellationToken);
    }

    private async Task SetAsync(long platformId, long? courseId, bool enabled, long? personId, string by, CancellationToken cancellationToken)
    {
        var record = await db.AiConsents.SingleOrDefaultAsync(a => a.PlatformId == platformId && a.CourseId == courseId, cancellationToken);
        if (record is null)
        {
            record = new AiConsent { PlatformId = platformId, CourseId = courseId, ChangedBy = by };
            db.AiConsents.Add(record);
        }

        record.Enabled = enabled;
        record.ChangedAt = time.GetUtcNow();
        record.ChangedById = personId;
        record.ChangedBy = by.Length > 200 ? by[..200] : by;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A course's AI consent: the platform's record and the course's own; null where never set (off).</summary>
public sealed record AiConsentState(AiConsent? Platform, AiConsent? Course)
{
    public bool IsOn => Platform?.Enabled == true && Course?.Enabled == true;
}
