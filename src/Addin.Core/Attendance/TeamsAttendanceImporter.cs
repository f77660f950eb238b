using System.Globalization;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Attendance;

/// <summary>
/// Turns a Teams attendance report into attendance facts for one scheduled session of a course: each learner on the
/// course's roster attended (1) when they were in the meeting for at least <see cref="AttendedShare"/> of the session's
/// scheduled time, and missed it (0) otherwise. Attendees are matched to the roster by email (Teams gives the email or
/// UPN), else by name when exactly one person of the course has it; anyone else is reported, never guessed. The facts
/// are about the session and keep the time each student was in it against the scheduled time; they replace what a
/// launch (or an earlier report) said about that session, and leave the course's other sessions of the day alone.
/// </summary>
public sealed class TeamsAttendanceImporter(AddinDbContext db, TimeProvider time)
{
    /// <summary>The share of the scheduled time a student must be in the meeting for to count as attending.</summary>
    public const double AttendedShare = 0.5;

    /// <summary>How far a report's meeting start may be from a session's start for the two to be taken as one.</summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(30);

    /// <param name="sessionId">The session the report is about; null to find it from the report's meeting start.</param>
    /// <exception cref="AttendanceImportException">The session cannot be found or has no times; nothing was stored.</exception>
    public async Task<AttendanceImport> ImportAsync(long courseId, long? sessionId, AttendanceReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var session = await SessionAsync(courseId, sessionId, report, cancellationToken);
        var scheduled = Scheduled(session, report);
        var people = await db.Enrollments.AsNoTracking().Where(e => e.CourseId == courseId)
            .Select(e => new { e.PersonId, e.Roles, e.Person!.Name, e.Person.Email })
            .ToListAsync(cancellationToken);
        var byEmail = people.Where(p => p.Email is not null).ToLookup(p => p.Email!.Trim(), StringComparer.OrdinalIgnoreCase);
        var byName = people.Where(p => p.Name is not null).ToLookup(p => SpeakerTalk.NameKey(p.Name!), StringComparer.Ordinal);
        var seconds = new Dictionary<long, int>();
        var unmatched = new List<Attendee>();
        var notStudents = new List<Attendee>();
        foreach (var attendee in report.Attendees)
        {
            var candidates = attendee.Email is { } email && byEmail[email].ToList() is { Count: 1 } found ? found
                : attendee.DisplayName is { } name ? byName[SpeakerTalk.NameKey(name)].ToList() : [];
            if (candidates.Count != 1)
            {
                unmatched.Add(attendee);
            }
            else if ((candidates[0].Roles & CourseRoles.Learner) == 0)
            {
                notStudents.Add(attendee);
            }
            else
            {
                // A student who joined from two devices appears twice.
                seconds[candidates[0].PersonId] = seconds.GetValueOrDefault(candidates[0].PersonId) + attendee.Seconds;
            }
        }

        var date = DateOnly.FromDateTime(session.StartsAt!.Value.UtcDateTime);
        var learners = people.Where(p => (p.Roles & CourseRoles.Learner) != 0).ToList();
        var learnerIds = learners.Select(l => l.PersonId).ToList();
        var stored = await db.StudentActivities
            .Where(a => a.SessionId == session.Id && a.Kind == ActivityKind.Attendance && learnerIds.Contains(a.PersonId))
            .ToDictionaryAsync(a => a.PersonId, cancellationToken);
        var now = time.GetUtcNow();
        var students = new List<StudentAttendance>();
        foreach (var learner in learners)
        {
            var attended = TimeSpan.FromSeconds(seconds.GetValueOrDefault(learner.PersonId));
            bool present = attended.TotalSeconds >= scheduled.TotalSeconds * AttendedShare;
            if (!stored.TryGetValue(learner.PersonId, out var fact))
            {
                fact = new StudentActivity { CourseId = courseId, PersonId = learner.PersonId, Date = date, SessionId = session.Id, Kind = ActivityKind.Attendance };
                db.StudentActivities.Add(fact);
            }

            fact.Value = present ? 1 : 0;
            fact.SecondsAttended = (int)attended.TotalSeconds;
            fact.SecondsScheduled = (int)scheduled.TotalSeconds;
            fact.Source = ActivitySource.TeamsAttendance;
            fact.ImportedAt = now;
            students.Add(new StudentAttendance(learner.PersonId, learner.Name ?? learner.Email ?? learner.PersonId.ToString(CultureInfo.InvariantCulture), attended, present));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AttendanceImport(session.Id, session.Title, session.StartsAt.Value, scheduled, students, unmatched, notStudents);
    }

    private async Task<Session> SessionAsync(long courseId, long? sessionId, AttendanceReport report, CancellationToken cancellationToken)
    {
        var sessions = db.Sessions.AsNoTracking().Where(s => s.CourseId == courseId && s.StartsAt != null);
        if (sessionId is { } id)
        {
            return await sessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new AttendanceImportException($"The course has no scheduled session {id}. Give the id of one of its sessions (the course page lists them).");
        }

        if (report.MeetingStart is not { } start)
        {
            throw new AttendanceImportException("The report has no meeting times (it is a list of attendance records): name the session it is about with --session ID.");
        }

        DateTimeOffset from = start - StartTolerance, to = start + StartTolerance;
        var near = (await sessions.Where(s => s.StartsAt >= from && s.StartsAt <= to).ToListAsync(cancellationToken))
            .OrderBy(s => (s.StartsAt!.Value - start).Duration())
            .ToList();
        return near.Count > 0
            ? near[0]
            : throw new AttendanceImportException(string.Create(CultureInfo.InvariantCulture,
                $"No scheduled session of the course starts within {StartTolerance.TotalMinutes} minutes of the meeting ({start.UtcDateTime:yyyy-MM-dd HH:mm} UTC). Schedule it first, or name the session with --session ID."));
    }

    /// <summary>The session's scheduled length, else the meeting's length from the report.</summary>
    private static TimeSpan Scheduled(Session session, AttendanceReport report)
    {
        var length = session.EndsAt is { } end ? end - session.StartsAt!.Value
            : report is { MeetingStart: { } from, MeetingEnd: { } to } ? to - from
            : TimeSpan.Zero;
        return length > TimeSpan.Zero
            ? length
            : throw new AttendanceImportException($"Session {session.Id} ('{session.Title}') has no end time and the report gives no meeting end, so the scheduled minutes are unknown. Give the session an end or duration.");
    }
}

/// <summary>What an attendance import stored and what it could not place.</summary>
/// <param name="Unmatched">Attendees matching no one (or several people) on the course's roster: not stored.</param>
/// <param name="NotStudents">Attendees who are on the roster but not as learners (the teacher, a guest): not stored.</param>
public sealed record AttendanceImport(
    long SessionId, string SessionTitle, DateTimeOffset SessionStart, TimeSpan Scheduled,
    IReadOnlyList<StudentAttendance> Students, IReadOnlyList<Attendee> Unmatched, IReadOnlyList<Attendee> NotStudents);

/// <summary>A learner's attendance of the session: how long they were in the meeting and whether that counts as attending.</summary>
public sealed record StudentAttendance(long PersonId, string Name, TimeSpan Attended, bool Present);

/// <summary>The report cannot be applied to the course; nothing was stored.</summary>
public sealed class AttendanceImportException(string message) : Exception(message);
