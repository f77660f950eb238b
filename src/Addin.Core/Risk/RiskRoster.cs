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

    public bool IsFollowUpDue(DateOnly today) => FollowUpOn is { } on && on <= today;
}

/// <summary>A teacher's action on the roster as it is shown: what, when and by whom.</summary>
public sealed record RiskInterventionView(long Id, long StudentId, RiskInterventionKind Kind, long? AssessmentId, string? Note, DateOnly? FollowUpOn, DateTimeOffset At, string By);
