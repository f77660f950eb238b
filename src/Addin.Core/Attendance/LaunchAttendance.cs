using System.Linq.Expressions;
using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Attendance;

/// <summary>
/// A learner who launches Addin from the course while one of its scheduled sessions is on (from
/// <see cref="EarlyJoin"/> before its start to its end) is counted as attending it, unless another source (an attendance
/// report about that session, or the institution's import about that day) already said something. A launch only ever
/// says "attended": it never marks anyone absent, since a student may be in the room without opening Addin. The fact
/// is about the session, so a second session on the same day is counted on its own.
/// </summary>
public static class LaunchAttendance
{
    public static readonly TimeSpan EarlyJoin = TimeSpan.FromMinutes(15);

    /// <summary>How long a session without an end is taken to last.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromHours(1);

    /// <summary>Adds the attendance fact, unsaved, when the launch falls in a session's window and nothing is known of it.</summary>
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
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.CourseId == course.Id && s.StartsAt != null && s.StartsAt <= startBy
                && (s.EndsAt != null ? s.EndsAt >= now : s.StartsAt >= openEnded)
                && (!s.Participants.Any() || s.Participants.Any(p => p.PersonId == person.Id)))
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, StartsAt = s.StartsAt!.Value })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return;
        }

        // Known: this session's attendance (a report or an earlier launch), or the institution's import for its day.
        var date = DateOnly.FromDateTime(session.StartsAt.UtcDateTime);
        Expression<Func<StudentActivity, bool>> said = a => a.PersonId == person.Id && a.Kind == ActivityKind.Attendance
            && (a.SessionId == session.Id || (a.SessionId == null && a.CourseId == course.Id && a.Date == date));
        bool known = await db.StudentActivities.AnyAsync(said, cancellationToken) || db.StudentActivities.Local.Any(said.Compile());
        if (!known)
        {
            db.StudentActivities.Add(new StudentActivity
            {
                CourseId = course.Id, PersonId = person.Id, Date = date, SessionId = session.Id, Kind = ActivityKind.Attendance, Value = 1, Source = ActivitySource.Launch, ImportedAt = now,
            });
        }
    }
}
