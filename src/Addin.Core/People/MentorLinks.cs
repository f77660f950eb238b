using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.People;

/// <summary>Keeps a mentor's students as the LMS last named them (LTI <c>role_scope_mentor</c>).</summary>
internal static class MentorLinks
{
    /// <summary>
    /// Makes <paramref name="subjects"/> the mentor's students: links to others are removed, and a student Addin has
    /// not met yet is added as a person. The mentor must be saved; the caller saves the links.
    /// </summary>
    public static async Task ReplaceMenteesAsync(AddinDbContext db, Person mentor, IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        var wanted = new List<long>();
        foreach (string subject in subjects.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var student = await db.People.SingleOrDefaultAsync(p => p.PlatformId == mentor.PlatformId && p.Subject == subject, cancellationToken);
            if (student is null)
            {
                student = new Person { PlatformId = mentor.PlatformId, Subject = subject };
                db.People.Add(student);
                await db.SaveChangesAsync(cancellationToken);
            }

            wanted.Add(student.Id);
        }

        var existing = await db.MentorLinks.Where(m => m.MentorId == mentor.Id).ToListAsync(cancellationToken);
        db.MentorLinks.RemoveRange(existing.Where(m => !wanted.Contains(m.StudentId)));
        foreach (long studentId in wanted.Where(id => existing.All(m => m.StudentId != id)))
        {
            db.MentorLinks.Add(new MentorLink { MentorId = mentor.Id, StudentId = studentId });
        }
    }
}
