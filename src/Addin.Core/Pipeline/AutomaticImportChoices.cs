using Addin.Core.Access;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline;

/// <summary>
/// Which recordings automatic sources import: an institution chooses for each platform between every course's and only
/// the opted-in courses'; in the second mode a course's instructor switches automatic import on or off for it.
/// </summary>
public sealed class AutomaticImportChoices(AddinDbContext db, AccessPolicy access)
{
    /// <summary>Sets a platform's mode; returns its id, or null when no platform has the key in <paramref name="institutionId"/> (any institution when null, as for the CLI).</summary>
    public async Task<long?> SetPlatformAsync(long? institutionId, string platformKey, AutomaticImport mode, CancellationToken cancellationToken)
    {
        var platform = await db.Platforms.SingleOrDefaultAsync(
            p => p.Key == platformKey && (institutionId == null || p.InstitutionId == institutionId), cancellationToken);
        if (platform is null || !Enum.IsDefined(mode))
        {
            return null;
        }

        platform.AutomaticImport = mode;
        await db.SaveChangesAsync(cancellationToken);
        return platform.Id;
    }

    /// <summary>Switches a course's automatic import; false when the viewer does not teach or review the course.</summary>
    public async Task<bool> SetCourseAsync(Viewer viewer, long courseId, bool optIn, CancellationToken cancellationToken)
    {
        if (!await access.ManagesCourseAsync(viewer, courseId, cancellationToken))
        {
            return false;
        }

        var course = await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
        course.AutomaticImportOptIn = optIn;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Whether the course's recordings are imported automatically now: its platform imports every course's, or it opted in.</summary>
    public Task<bool> ImportsAutomaticallyAsync(long courseId, CancellationToken cancellationToken) =>
        db.Courses.AnyAsync(c => c.Id == courseId && (c.AutomaticImportOptIn || c.Platform!.AutomaticImport == AutomaticImport.AllCourses), cancellationToken);
}
