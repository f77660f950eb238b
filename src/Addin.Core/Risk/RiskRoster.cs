using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Sdk.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// A course's students as their last assessments see them, riskiest first, with the trend of their scores and what
/// their teachers did about it. For the course's teachers only: callers check that the viewer manages the course.
/// </summary>
public static class RiskRoster
{
    /// <summary>How many recent assessments the trend shows.</summary>
    public const int TrendLength = 8;

    /// <summary>How many of a student's latest sessions the attendance shows.</summary>
    public const int AttendanceLength = 4;

    public static async Task<IReadOnlyList<RiskRosterRow>> ForCourseAsync(AddinDbContext db, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessments = await db.RiskAssessments.AsNoTracking().Where(a => a.CourseId == courseId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.PersonId, Name = a.Person!.Name ?? a.Person.Email ?? a.Person.Subject, a.Level, a.Score, a.FactorsJson, a.AssessedAt })
            .ToListAsync(cancellationToken);
        var interventions = (await db.RiskInterventions.AsNoTracking().Where(i => i.CourseId == courseId)
                .OrderBy(i => i.Id)
                .Select(i => new RiskInterventionView(i.Id, i.StudentId, i.Kind, i.AssessmentId, i.Note, i.FollowUpOn, i.At, i.AuthorId == null ? "[erased]" : i.Author!.Name ?? i.Author.Email ?? i.Author.Subject))
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.StudentId);
        var attendance = (await db.StudentActivities.AsNoTracking()
                .Where(a => a.CourseId == courseId && a.Kind == ActivityKind.Attendance && a.SessionId != null)
                .OrderBy(a => a.Session!.StartsAt).ThenBy(a => a.SessionId)
                .Select(a => new SessionAttendanceView(a.PersonId, a.SessionId!.Value, a.Session!.Title, a.Session.StartsAt!.Value, a.Value > 0, a.SecondsAttended, a.SecondsScheduled))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId);
        return assessments.GroupBy(a => a.PersonId)
            .Select(g =>
            {
                var last = g.Last();
                var done = interventions[last.PersonId].ToList();
                var followUp = done.LastOrDefault(i => i.Kind == RiskInterventionKind.FollowUp);
                return new RiskRosterRow(
                    last.PersonId,
                    last.Name,
                    last.Level,
                    last.Score,
                    JsonSerializer.Deserialize<List<RiskFactor>>(last.FactorsJson) ?? [],
                    [.. g.TakeLast(TrendLength).Select(a => a.Score)],
                    last.AssessedAt)
                {
                    AssessmentId = last.Id,
                    Acknowledged = done.LastOrDefault(i => i.Kind == RiskInterventionKind.Acknowledgement && i.AssessmentId == last.Id),
                    LastContact = done.LastOrDefault(i => i.Kind is RiskInterventionKind.Note or RiskInterventionKind.Acknowledgement),
                    FollowUpOn = followUp?.FollowUpOn,
                    FollowUpVersion = followUp?.Id ?? 0,
                    Notes = [.. done.Where(i => i.Kind == RiskInterventionKind.Note).Reverse()],
                    Attendance = [.. attendance[last.PersonId].TakeLast(AttendanceLength).Reverse()],
                };
            })
            .OrderByDescending(r => r.Level).ThenByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The same rows with follow-ups due by <paramref name="today"/> on top, the longest overdue first.</summary>
    public static IReadOnlyList<RiskRosterRow> FollowUpsFirst(IReadOnlyList<RiskRosterRow> rows, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.OrderBy(r => r.IsFollowUpDue(today) ? 0 : 1).ThenBy(r => r.IsFollowUpDue(today) ? r.FollowUpOn : null)];
    }
}

/// <summary>One student on the risk roster: their latest level, score and reasons, and their recent scores oldest first.</summary>
public sealed record RiskRosterRow(long PersonId, string Name, RiskLevel Level, double Score, IReadOnlyList<RiskFactor> Factors, IReadOnlyList<double> Trend, DateTimeOffset AssessedAt)
{
    /// <summary>The latest assessment, the one an acknowledgement is about.</summary>
    public long AssessmentId { get; init; }

    /// <summary>Who acknowledged the latest assessment and when; null while nobody has.</summary>
    public RiskInterventionView? Acknowledged { get; init; }

    /// <summary>The latest note or acknowledgement about the student.</summary>
    public RiskInterventionView? LastContact { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    /// <summary>The id of the follow-up entry the page shows (0 for none): a form naming an older one is stale.</summary>
    public long FollowUpVersion { get; init; }

    /// <summary>The intervention notes, newest first.</summary>
    public IReadOnlyList<RiskInterventionView> Notes { get; init; } = [];

    /// <summary>The student's attendance of the course's latest sessions (reports and launches), newest first.</summary>
    public IReadOnlyList<SessionAttendanceView> Attendance { get; init; } = [];

    public bool IsFollowUpDue(DateOnly today) => FollowUpOn is { } on && on <= today;
}

/// <summary>A teacher's action on the roster as it is shown: what, when and by whom.</summary>
public sealed record RiskInterventionView(long Id, long StudentId, RiskInterventionKind Kind, long? AssessmentId, string? Note, DateOnly? FollowUpOn, DateTimeOffset At, string By);

/// <summary>A student's attendance of one session: whether it counts as attended, and the minutes where a Teams report measured them.</summary>
public sealed record SessionAttendanceView(long PersonId, long SessionId, string Title, DateTimeOffset StartsAt, bool Attended, int? SecondsAttended, int? SecondsScheduled)
{
    /// <summary>"42 of 60 min" where measured, else null (a launch says only that the student was there).</summary>
    public string? Minutes => SecondsAttended is { } attended && SecondsScheduled is { } scheduled
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{attended / 60} of {scheduled / 60} min")
        : null;
}
