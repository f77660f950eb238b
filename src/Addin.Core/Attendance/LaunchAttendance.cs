using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Attendance;

/// <summary>
/// A learner who launches Addin from the course while one of its scheduled sessions is on (from
/// <see cref="EarlyJoin"/> before its start to its end) is counted as attending it, unless another source (an attendance
/// report or the institution's import) already said something about that day. A launch only ever says "attended": it
/// never marks anyone absent, since a student may be in the room without opening Addin.
/// </summary>
public static class LaunchAttendance
{
    public static readonly TimeSpan EarlyJoin = TimeSpan.FromMinutes(15);

    /// <summary>How long a session without an end is taken to last.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromHours(1);

    /// <summary>Adds the attendance fact, unsaved, when the launch falls in a session's window and nothing is known of that day.</summary>
    public static async Task NoteAsync(AddinDbContext db, Course course, Person person, CourseRoles roles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(person);
        if ((roles & CourseRoles.Learner) == 0)
        {
            return;
        }

        DateTimeOffset startBy = now + EarlyJoin, openEnded = now - DefaultLength;
        var startsAt = await db.Sessions.AsNoTracking()
            .Where(s => s.CourseId == course.Id && s.StartsAt != null && s.StartsAt <= startBy
                && (s.EndsAt != null ? s.EndsAt >= now : s.StartsAt >= openEnded)
                && (!s.Participants.Any() || s.Participants.Any(p => p.PersonId == person.Id)))
            .Select(s => s.StartsAt!.Value)
            .FirstOrDefaultAsync(cancellationToken);
        if (startsAt == default)
        {
            return;
        }

        var date = DateOnly.FromDateTime(startsAt.UtcDateTime);
        bool known = await db.StudentActivities.AnyAsync(a => a.CourseId == course.Id && a.PersonId == person.Id && a.Date == date && a.Kind == ActivityKind.Attendance, cancellationToken)
            || db.StudentActivities.Local.Any(a => a.CourseId == course.Id && a.PersonId == person.Id && a.Date == date && a.Kind == ActivityKind.Attendance);
        if (!known)
        {
            db.StudentActivities.Add(new StudentActivity
            {
                CourseId = course.Id, PersonId = person.Id, Date = date, Kind = ActivityKind.Attendance, Value = 1, Source = ActivitySource.Launch, ImportedAt = now,
            });
        }
    }
}
