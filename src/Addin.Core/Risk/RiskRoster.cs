using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Sdk.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// A course's students as their last assessments see them, riskiest first, with the trend of their scores. For the
/// course's teachers only: callers check that the viewer manages the course.
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
            .Select(a => new { a.PersonId, Name = a.Person!.Name ?? a.Person.Email ?? a.Person.Subject, a.Level, a.Score, a.FactorsJson, a.AssessedAt })
            .ToListAsync(cancellationToken);
        return assessments.GroupBy(a => a.PersonId)
            .Select(g =>
            {
                var last = g.Last();
                return new RiskRosterRow(
                    last.PersonId,
                    last.Name,
                    last.Level,
                    last.Score,
                    JsonSerializer.Deserialize<List<RiskFactor>>(last.FactorsJson) ?? [],
                    [.. g.TakeLast(TrendLength).Select(a => a.Score)],
                    last.AssessedAt);
            })
            .OrderByDescending(r => r.Level).ThenByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>One student on the risk roster: their latest level, score and reasons, and their recent scores oldest first.</summary>
public sealed record RiskRosterRow(long PersonId, string Name, RiskLevel Level, double Score, IReadOnlyList<RiskFactor> Factors, IReadOnlyList<double> Trend, DateTimeOffset AssessedAt);
