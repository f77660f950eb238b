using Addin.Core.Attendance;
using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Launches;

/// <summary>
/// Brings Addin's picture of people, courses, roles and mentors up to date with what a launch says. The LMS is the
/// source of truth: roles are replaced, not merged, and a mentor's students are those the latest launch names.
/// </summary>
/// <remarks>
/// A launch that changes nothing writes nothing: the last-launch and last-confirmed times are kept to the minute, so a
/// person launching again and again (every link in a course is a launch) costs reads only.
/// </remarks>
public sealed class LaunchRecorder(AddinDbContext db, TimeProvider time)
{
    private static readonly TimeSpan TimePrecision = TimeSpan.FromMinutes(1);

    /// <summary>Records the launch and returns the person and the course (if any).</summary>
    public async Task<(Person Person, Course? Course)> RecordAsync(LaunchFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var now = time.GetUtcNow();
        var person = await UpsertPersonAsync(facts, now, cancellationToken);
        Course? course = null;
        if (facts.Course is { } launched)
        {
            course = await UpsertCourseAsync(facts.PlatformId, launched, cancellationToken);
            course.MembershipsUrl = facts.MembershipsUrl?.ToString() ?? course.MembershipsUrl;
            course.LineItemsUrl = facts.LineItemsUrl?.ToString() ?? course.LineItemsUrl;
            await UpsertEnrollmentAsync(course, person, facts.Roles, now, cancellationToken);
            await NoteCopiesAsync(course, facts.ContextHistory, now, cancellationToken);
            await LaunchAttendance.NoteAsync(db, course, person, facts.Roles, now, cancellationToken);
        }

        if (facts.Roles.HasFlag(CourseRoles.Mentor))
        {
            await MentorLinks.ReplaceMenteesAsync(db, person, facts.MentoredSubjects, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (person, course);
    }

    private async Task<Person> UpsertPersonAsync(LaunchFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.PlatformId == facts.PlatformId && p.Subject == facts.Subject, cancellationToken);
        if (person is null)
        {
            person = new Person { PlatformId = facts.PlatformId, Subject = facts.Subject };
            db.People.Add(person);
        }

        person.Name = facts.Name ?? person.Name;
        person.Email = facts.Email ?? person.Email;
        person.IsReviewer = facts.IsReviewer;
        if (IsStale(person.LastLaunchAt, now))
        {
            person.LastLaunchAt = now;
        }

        if (person.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }

    private async Task<Course> UpsertCourseAsync(long platformId, LaunchCourse launched, CancellationToken cancellationToken)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.PlatformId == platformId && c.ContextId == launched.ContextId, cancellationToken);
        if (course is null)
        {
            course = new Course
            {
                PlatformId = platformId,
                ContextId = launched.ContextId,
                Key = await CourseKeys.NewAsync(db.Courses, launched.Label ?? launched.Title ?? launched.ContextId, cancellationToken),
                Title = launched.Title ?? launched.Label ?? launched.ContextId,
            };
            db.Courses.Add(course);
        }

        course.Title = launched.Title ?? course.Title;
        course.Label = launched.Label ?? course.Label;
        if (course.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return course;
    }

    /// <summary>Notes, once, each earlier course this one was copied from; a teacher decides what comes across.</summary>
    private async Task NoteCopiesAsync(Course course, IReadOnlyList<string> history, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (string contextId in history.Where(h => h.Length > 0 && h != course.ContextId).Distinct(StringComparer.Ordinal))
        {
            var source = await db.Courses.SingleOrDefaultAsync(c => c.PlatformId == course.PlatformId && c.ContextId == contextId, cancellationToken);
            if (source is not null && !await db.CourseCopies.AnyAsync(c => c.CourseId == course.Id && c.SourceCourseId == source.Id, cancellationToken))
            {
                db.CourseCopies.Add(new CourseCopy { CourseId = course.Id, SourceCourseId = source.Id, Decision = CourseCopyDecision.Pending, CreatedAt = now });
            }
        }
    }

    private async Task UpsertEnrollmentAsync(Course course, Person person, CourseRoles roles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == course.Id && e.PersonId == person.Id, cancellationToken);
        if (enrollment is null)
        {
            enrollment = new Enrollment { CourseId = course.Id, PersonId = person.Id };
            db.Enrollments.Add(enrollment);
        }

        if (enrollment.Roles != roles || IsStale(enrollment.UpdatedAt, now))
        {
            enrollment.Roles = roles;
            enrollment.UpdatedAt = now;
        }
    }

    private static bool IsStale(DateTimeOffset? recorded, DateTimeOffset now) => recorded is not { } at || now - at >= TimePrecision;
}
