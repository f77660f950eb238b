using Addin.Core.Risk;

namespace Addin.Core.Attendance;

/// <summary>A stored attendance fact as the risk signals read it: about a session, or about a whole day (the activity import).</summary>
public sealed record AttendanceFact(long CourseId, long PersonId, DateOnly Date, long? SessionId, ActivitySource Source, bool Attended, int? SecondsAttended, int? SecondsScheduled)
{
    /// <summary>The share of the session the student was in (0 to 1), where a report measured it; else null.</summary>
    public double? Share => SecondsAttended is { } attended && SecondsScheduled is > 0 and { } scheduled ? Math.Min(1, (double)attended / scheduled) : null;

    /// <summary>
    /// The facts that count, a student's day at a time. A Teams report is the best evidence: on a day it covers, the
    /// day's imported row is set aside and every session fact counts. Otherwise the institution's import speaks for the
    /// day, and launches (the weakest evidence) count only on days it does not cover.
    /// </summary>
    public static IEnumerable<AttendanceFact> Counted(IEnumerable<AttendanceFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var day in facts.GroupBy(f => (f.CourseId, f.PersonId, f.Date)))
        {
            bool reported = day.Any(f => f.SessionId is not null && f.Source == ActivitySource.TeamsAttendance);
            bool imported = day.Any(f => f.SessionId is null);
            foreach (var fact in day.Where(f => reported ? f.SessionId is not null : !imported || f.SessionId is null))
            {
                yield return fact;
            }
        }
    }
}
