using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Sessions;

/// <summary>Creates the sessions of a plan (one, or each of a series) after checking it; nothing is saved when anything is wrong.</summary>
public sealed class SessionScheduler(AddinDbContext db, TimeProvider time)
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    /// <summary>Schedules the plan; returns the sessions created, or the problems (each says what to fix).</summary>
    public async Task<(IReadOnlyList<Session> Sessions, IReadOnlyList<string> Problems)> ScheduleAsync(SessionPlan plan, long? createdById, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = await ProblemsAsync(plan, cancellationToken);
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        var now = time.GetUtcNow();
        SessionSeries? series = plan.Recurrence is null ? null : new SessionSeries
        {
            CourseId = plan.CourseId,
            Title = plan.Title.Trim(),
            TimeZone = zone.Id,
            Recurrence = plan.Recurrence.ToString(),
            CreatedAt = now,
            CreatedById = createdById,
        };
        var sessions = SessionCalendar.Occurrences(plan.LocalStart, plan.Duration, zone, plan.Recurrence)
            .Select(o => new Session
            {
                CourseId = plan.CourseId,
                Title = plan.Title.Trim(),
                StartsAt = o.StartsAt,
                EndsAt = o.EndsAt,
                TimeZone = zone.Id,
                InstructorId = plan.InstructorId,
                SubstituteId = plan.SubstituteId,
                Series = series,
                CreatedAt = now,
            })
            .ToList();
        if (sessions.Count == 0)
        {
            return ([], ["the recurrence ends before its first session; move its start or its end."]);
        }

        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        return (sessions, []);
    }

    private async Task<List<string>> ProblemsAsync(SessionPlan plan, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(plan.Title) || plan.Title.Trim().Length > 300)
        {
            problems.Add("the title is empty or longer than 300 characters; give the session a short title.");
        }

        if (plan.Duration <= TimeSpan.Zero || plan.Duration > MaxDuration)
        {
            problems.Add($"the duration {plan.Duration:g} is not between 1 minute and {MaxDuration.TotalHours:0} hours; check the end time or the duration.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(plan.TimeZone ?? "", out _))
        {
            problems.Add($"the time zone '{plan.TimeZone}' is unknown; use an IANA name such as Europe/London or America/New_York.");
        }

        long? platformId = await db.Courses.Where(c => c.Id == plan.CourseId).Select(c => (long?)c.PlatformId).SingleOrDefaultAsync(cancellationToken);
        if (platformId is null)
        {
            problems.Add($"course {plan.CourseId} does not exist.");
            return problems;
        }

        foreach (var (role, id) in new[] { ("instructor", plan.InstructorId), ("substitute", plan.SubstituteId) })
        {
            if (id is { } personId && !await db.People.AnyAsync(p => p.Id == personId && p.PlatformId == platformId, cancellationToken))
            {
                problems.Add($"the {role} (person {personId}) is not a person of this course's LMS.");
            }
        }

        if (plan.SubstituteId is not null && plan.SubstituteId == plan.InstructorId)
        {
            problems.Add("the substitute is the instructor; leave the substitute empty, or choose someone else.");
        }

        return problems;
    }
}
