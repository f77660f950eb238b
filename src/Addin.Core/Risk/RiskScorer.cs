using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Sdk.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// Assesses every student of a platform with its risk model and stores the assessments, so their trend can be shown.
/// An assessment that finds a student at high risk who was not at high risk in their last one is marked
/// <see cref="RiskAssessmentRecord.EnteredHigh"/>, for the instructors' alert.
/// </summary>
public sealed class RiskScorer(AddinDbContext db, TimeProvider time)
{
    private const int BatchSize = 5000;

    /// <summary>How recent a course's last week of signals must be for the scheduled scoring to count it as active.</summary>
    public static readonly int ActiveWeeks = 4;

    /// <summary>
    /// The scheduled run: assesses the students of active courses (signals in the last <see cref="ActiveWeeks"/> weeks)
    /// who have no assessment yet today (UTC), so a second run on the same day stores nothing and raises no alert.
    /// </summary>
    public async Task<RiskScoring> ScoreDueTodayAsync(PlatformSignals signals, IRiskModel model, string modelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var now = time.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var activeSince = Weeks.StartOf(DateOnly.FromDateTime(now.UtcDateTime)).AddDays(-7 * (ActiveWeeks - 1));
        var courseIds = signals.CourseIds.Values.ToList();
        var assessedToday = (await db.RiskAssessments.AsNoTracking()
                .Where(a => courseIds.Contains(a.CourseId) && a.AssessedAt >= today)
                .Select(a => new { a.CourseId, a.PersonId })
                .ToListAsync(cancellationToken))
            .Select(a => (a.CourseId, a.PersonId)).ToHashSet();
        var due = signals.Students
            .Where(s => s.Weeks.Count > 0 && s.Weeks[^1].WeekStart >= activeSince)
            .Where(s => !assessedToday.Contains((signals.CourseIds[s.CourseKey], signals.PersonIds[s.StudentKey])))
            .ToList();
        return await ScoreAsync(signals with { Students = due }, model, modelId, new Progress<int>(), cancellationToken);
    }

    public async Task<RiskScoring> ScoreAsync(PlatformSignals signals, IRiskModel model, string modelId, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(progress);
        var now = time.GetUtcNow();
        var courseIds = signals.CourseIds.Values.ToList();
        // Ids grow with time, and SQLite cannot order by a DateTimeOffset: the latest assessment is the highest id.
        var latest = db.RiskAssessments.Where(a => courseIds.Contains(a.CourseId)).GroupBy(a => new { a.CourseId, a.PersonId }).Select(g => g.Max(a => a.Id));
        var wasHigh = (await db.RiskAssessments.AsNoTracking()
                .Where(a => latest.Contains(a.Id) && a.Level == RiskLevel.High)
                .Select(a => new { a.CourseId, a.PersonId })
                .ToListAsync(cancellationToken))
            .Select(a => (a.CourseId, a.PersonId)).ToHashSet();
        var levels = new Dictionary<RiskLevel, int>();
        int entered = 0, done = 0;
        // Students whose course has not started (no weeks) have nothing to assess yet.
        foreach (var batch in signals.Students.Where(s => s.Weeks.Count > 0).Chunk(BatchSize))
        {
            var assessments = await model.AssessAsync(batch, cancellationToken);
            for (int i = 0; i < batch.Length; i++)
            {
                var assessment = assessments[i];
                var key = (signals.CourseIds[assessment.CourseKey], signals.PersonIds[assessment.StudentKey]);
                bool enteredHigh = assessment.Level == RiskLevel.High && !wasHigh.Contains(key);
                entered += enteredHigh ? 1 : 0;
                levels[assessment.Level] = levels.GetValueOrDefault(assessment.Level) + 1;
                db.RiskAssessments.Add(new RiskAssessmentRecord
                {
                    CourseId = key.Item1,
                    PersonId = key.Item2,
                    ModelId = modelId,
                    Level = assessment.Level,
                    Score = assessment.Score,
                    FactorsJson = JsonSerializer.Serialize(assessment.Factors),
                    WeekStart = batch[i].Weeks[^1].WeekStart,
                    AssessedAt = now,
                    EnteredHigh = enteredHigh,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress.Report(done);
        }

        return new RiskScoring(levels, entered);
    }
}

/// <summary>What a scoring run found: students per level, and how many entered high risk.</summary>
public sealed record RiskScoring(IReadOnlyDictionary<RiskLevel, int> Levels, int EnteredHigh);
