using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Rosters;

/// <summary>
/// Brings a course's enrollments in line with its LMS roster. A person no longer on the roster (or inactive) loses
/// their roles, and with them access to the course's recordings, until the LMS lists them again. Mentors get the
/// students the roster names for them, and institution administrators become reviewers, as at launch.
/// </summary>
public sealed class RosterUpdater(AddinDbContext db, TimeProvider time)
{
    /// <summary>Applies the roster.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="members">The members the LMS listed.</param>
    /// <param name="complete">True when this is the whole roster (not only the changes since the last sync): anyone missing is removed.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    public async Task<RosterChanges> ApplyAsync(long courseId, IReadOnlyList<RosterMember> members, bool complete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var course = await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
        var now = time.GetUtcNow();
        var enrollments = await db.Enrollments.Include(e => e.Person).Where(e => e.CourseId == courseId).ToListAsync(cancellationToken);
        var bySubject = enrollments.Where(e => e.Person is not null).ToDictionary(e => e.Person!.Subject, StringComparer.Ordinal);
        int added = 0, changed = 0, removed = 0;

        foreach (var member in members.Where(m => m.Subject.Length > 0).DistinctBy(m => m.Subject, StringComparer.Ordinal))
        {
            var roles = member.Active ? member.Roles : CourseRoles.None;
            if (bySubject.TryGetValue(member.Subject, out var enrollment))
            {
                UpdatePerson(enrollment.Person!, member);
                if (enrollment.Roles != roles)
                {
                    enrollment.Roles = roles;
                    enrollment.UpdatedAt = now;
                    if (roles == CourseRoles.None)
                    {
                        removed++;
                    }
                    else
                    {
                        changed++;
                    }
                }

                continue;
            }

            if (roles == CourseRoles.None)
            {
                continue;
            }

            var person = await db.People.SingleOrDefaultAsync(p => p.PlatformId == course.PlatformId && p.Subject == member.Subject, cancellationToken)
                         ?? db.People.Add(new Person { PlatformId = course.PlatformId, Subject = member.Subject }).Entity;
            UpdatePerson(person, member);
            db.Enrollments.Add(new Enrollment { CourseId = courseId, Person = person, Roles = roles, UpdatedAt = now });
            added++;
        }

        if (complete)
        {
            var listed = members.Select(m => m.Subject).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in enrollments.Where(e => e.Roles != CourseRoles.None && e.Person is not null && !listed.Contains(e.Person.Subject)))
            {
                gone.Roles = CourseRoles.None;
                gone.UpdatedAt = now;
                removed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await ApplyMentorsAsync(course.PlatformId, members, cancellationToken);

        // Set last, so that a roster sync read as done (RosterSyncedAt) is done to the end.
        course.RosterSyncedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new RosterChanges(added, changed, removed);
    }

    /// <summary>
    /// Runs once every listed person is saved, so a mentor's students on the same roster are found, not added twice.
    /// The caller saves the links.
    /// </summary>
    private async Task ApplyMentorsAsync(long platformId, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var mentors = members.Where(m => m.Active && m.Roles.HasFlag(CourseRoles.Mentor) && m.MentoredSubjects.Count > 0).ToList();
        foreach (var member in mentors.DistinctBy(m => m.Subject, StringComparer.Ordinal))
        {
            var mentor = await db.People.SingleAsync(p => p.PlatformId == platformId && p.Subject == member.Subject, cancellationToken);
            await MentorLinks.ReplaceMenteesAsync(db, mentor, member.MentoredSubjects, cancellationToken);
        }
    }

    private static void UpdatePerson(Person person, RosterMember member)
    {
        person.Name = member.Name ?? person.Name;
        person.Email = member.Email ?? person.Email;

        // A roster lists course memberships; that an administrator is missing from one course's roster says nothing
        // about their institution role, so a sync makes reviewers but leaves unmaking them to their own launch.
        person.IsReviewer |= member.Active && member.IsReviewer;
    }
}
