using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Courses;

/// <summary>The ids remote services know a course by, set by the course's teachers (or an administrator's CLI).</summary>
public sealed class CourseExternalIds(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    /// <summary>A course's ids by kind.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ForCourseAsync(long courseId, CancellationToken cancellationToken) =>
        await db.CourseExternalIds.AsNoTracking().Where(e => e.CourseId == courseId).ToDictionaryAsync(e => e.Kind, e => e.Value, cancellationToken);

    /// <summary>Sets (or, with an empty value, removes) a course's id of a kind, when the viewer teaches the course.</summary>
    public async Task<ExternalIdChange> SetAsync(Viewer viewer, long courseId, string kind, string? input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return await access.ManagesCourseAsync(viewer, courseId, cancellationToken)
            ? await SetAsync(courseId, kind, input, viewer.PersonId, cancellationToken)
            : ExternalIdChange.NotAllowed;
    }

    /// <summary>Sets (or, with an empty value, removes) a course's id of a kind.</summary>
    public async Task<ExternalIdChange> SetAsync(long courseId, string kind, string? input, long? setById, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return ExternalIdChange.NotAllowed;
        }

        var existing = await db.CourseExternalIds.SingleOrDefaultAsync(e => e.CourseId == courseId && e.Kind == kind, cancellationToken);
        if (string.IsNullOrWhiteSpace(input))
        {
            if (existing is not null)
            {
                db.CourseExternalIds.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new ExternalIdChange(ExternalIdChangeKind.Removed, null, null);
        }

        var (value, problem) = ExternalIdKinds.Normalize(kind, input);
        if (value is null)
        {
            return new ExternalIdChange(ExternalIdChangeKind.Invalid, null, problem);
        }

        if (await db.CourseExternalIds.AnyAsync(e => e.PlatformId == course.PlatformId && e.Kind == kind && e.Value == value && e.CourseId != courseId, cancellationToken))
        {
            return Taken(value);
        }

        existing ??= db.CourseExternalIds.Add(new CourseExternalId { CourseId = courseId, PlatformId = course.PlatformId, Kind = kind, Value = value }).Entity;
        existing.Value = value;
        existing.SetById = setById;
        existing.SetAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another course took the id between the check and the save.
            db.ChangeTracker.Clear();
            return Taken(value);
        }

        return new ExternalIdChange(ExternalIdChangeKind.Saved, value, null);
    }

    private static ExternalIdChange Taken(string value) =>
        new(ExternalIdChangeKind.Invalid, null, $"{value} is already linked to another course on this LMS; an id maps recordings to one course only.");
}

/// <summary>What setting a course id did: the saved value, or why nothing changed.</summary>
public sealed record ExternalIdChange(ExternalIdChangeKind Kind, string? Value, string? Problem)
{
    public static ExternalIdChange NotAllowed { get; } = new(ExternalIdChangeKind.NotAllowed, null, "Only the course's teachers can change it.");
}

public enum ExternalIdChangeKind
{
    Saved,
    Removed,
    Invalid,
    NotAllowed,
}
