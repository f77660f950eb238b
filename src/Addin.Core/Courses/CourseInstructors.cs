using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Courses;

/// <summary>Who to tell about a course: its instructors' email addresses, as the LMS gave them.</summary>
public static class CourseInstructors
{
    public static async Task<List<string>> EmailsAsync(AddinDbContext db, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enrolled = await db.Enrollments.AsNoTracking()
            .Where(e => e.CourseId == courseId && e.Person!.Email != null)
            .Select(e => new { e.Roles, e.Person!.Email })
            .ToListAsync(cancellationToken);
        return [.. enrolled.Where(e => e.Roles.HasFlag(CourseRoles.Instructor)).Select(e => e.Email!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>A session's own instructor and substitute when it names them (with an email address); otherwise every instructor of the course.</summary>
    public static async Task<List<string>> ForSessionAsync(AddinDbContext db, long courseId, string? instructorEmail, string? substituteEmail, CancellationToken cancellationToken)
    {
        List<string> named = [.. new[] { instructorEmail, substituteEmail }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        return named.Count > 0 ? named : await EmailsAsync(db, courseId, cancellationToken);
    }
}
