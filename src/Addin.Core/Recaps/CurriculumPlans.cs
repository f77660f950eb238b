using System.Globalization;
using Addin.Core.Persistence;
using Addin.Sdk.Summaries;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Recaps;

/// <summary>Each course's curriculum plan: imported from CSV, replacing the previous one, and read for summarisers.</summary>
public sealed class CurriculumPlans(AddinDbContext db, TimeProvider time)
{
    /// <summary>Reads the CSV and makes it the course's plan. Nothing changes when the CSV is wrong.</summary>
    /// <returns>The topics imported.</returns>
    /// <exception cref="FormatException">The CSV is wrong; the message names the line and the fix.</exception>
    public async Task<IReadOnlyList<CurriculumTopic>> ImportAsync(long courseId, string fileName, TextReader csv, long? personId, CancellationToken cancellationToken)
    {
        var topics = CurriculumPlanCsv.Read(csv);
        if (topics.Count == 0)
        {
            throw new FormatException("the curriculum plan has a header but no topics; add a row for each topic.");
        }

        await db.CurriculumPlans.Where(p => p.CourseId == courseId).ExecuteDeleteAsync(cancellationToken);
        var plan = new CurriculumPlan
        {
            CourseId = courseId,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 260 } name ? name : "plan.csv",
            ImportedAt = time.GetUtcNow(),
            ImportedById = personId,
        };
        plan.Topics.AddRange(topics.Select((t, i) => new CurriculumPlanTopic
        {
            Position = i,
            TopicId = t.Id,
            Title = t.Title,
            Keywords = string.Join(';', t.Keywords),
            PlannedMinutes = t.PlannedDuration?.TotalMinutes,
        }));
        db.CurriculumPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return topics;
    }

    /// <summary>The course's plan in order, or empty when it has none.</summary>
    public async Task<IReadOnlyList<CurriculumTopic>> ForCourseAsync(long courseId, CancellationToken cancellationToken)
    {
        var rows = await db.CurriculumPlanTopics.AsNoTracking()
            .Where(t => db.CurriculumPlans.Any(p => p.Id == t.PlanId && p.CourseId == courseId))
            .OrderBy(t => t.Position)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new CurriculumTopic
        {
            Id = t.TopicId,
            Title = t.Title,
            Keywords = t.Keywords.Split(';', StringSplitOptions.RemoveEmptyEntries),
            PlannedDuration = t.PlannedMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        })];
    }

    /// <summary>What the course page says about the plan, or null when the course has none.</summary>
    public Task<CurriculumPlanSummary?> SummaryAsync(long courseId, CancellationToken cancellationToken) =>
        db.CurriculumPlans.AsNoTracking().Where(p => p.CourseId == courseId)
            .Select(p => new CurriculumPlanSummary(p.FileName, p.ImportedAt, p.Topics.Count))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>A course's plan as the course page describes it.</summary>
public sealed record CurriculumPlanSummary(string FileName, DateTimeOffset ImportedAt, int Topics)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FileName} ({Topics} topics)");
}
