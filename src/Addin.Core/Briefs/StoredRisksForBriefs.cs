using Addin.Core.Persistence;
using Addin.Core.Risk;

namespace Addin.Core.Briefs;

/// <summary>Each student's latest stored risk assessment in the course, with its reasons in the model's words.</summary>
public sealed class StoredRisksForBriefs(AddinDbContext db) : IRiskBriefSource
{
    /// <summary>How many reasons a brief lists per student.</summary>
    public const int ReasonsShown = 3;

    public async Task<IReadOnlyList<StudentRisk>> RisksAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken)
    {
        var roster = await RiskRoster.ForCourseAsync(db, courseId, cancellationToken);
        return [.. roster.Where(r => studentIds.Contains(r.PersonId))
            .Select(r => new StudentRisk(r.PersonId, r.Level.ToString(), [.. r.Factors.Take(ReasonsShown).Select(f => f.Description)]))];
    }
}
