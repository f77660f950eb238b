using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Quality;

/// <summary>Builds a course's coverage grid from the time per topic the quality check stored for each session.</summary>
public sealed class CurriculumCoverage(AddinDbContext db, CurriculumPlans plans)
{
    /// <summary>The grid over the given sessions of the course (the caller has already limited them to what the viewer may see).</summary>
    public async Task<CoverageGrid> ForCourseAsync(long courseId, IQueryable<long> sessionIds, CancellationToken cancellationToken)
    {
        var topics = await plans.ForCourseAsync(courseId, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CourseId == courseId && sessionIds.Contains(s.Id))
            .OrderBy(s => s.StartsAt ?? s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, At = s.StartsAt ?? s.CreatedAt, Instructor = s.Instructor == null ? null : s.Instructor.Name ?? s.Instructor.Email ?? s.Instructor.Subject })
            .ToListAsync(cancellationToken);
        var minutes = await db.TopicCoverage.AsNoTracking()
            .Where(c => db.Sessions.Any(s => s.Id == c.SessionId && s.CourseId == courseId && sessionIds.Contains(s.Id)))
            .Select(c => new { c.SessionId, c.TopicId, c.Minutes })
            .ToListAsync(cancellationToken);
        var column = topics.Select((t, i) => (t.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var bySession = new Dictionary<long, double[]>();
        foreach (var cell in minutes.Where(c => column.ContainsKey(c.TopicId)))
        {
            if (!bySession.TryGetValue(cell.SessionId, out var row))
            {
                bySession[cell.SessionId] = row = new double[topics.Count];
            }

            row[column[cell.TopicId]] += cell.Minutes;
        }

        var rows = sessions.Select(s => new CoverageRow(s.Title, s.Id, s.At, s.Instructor, bySession.GetValueOrDefault(s.Id))).ToList();
        var instructors = rows.Where(r => r.Minutes is not null).GroupBy(r => r.Instructor ?? "No instructor named", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoverageRow(g.Key, null, null, g.Key, Sum(g, topics.Count)))
            .ToList();
        return new CoverageGrid(topics, rows, instructors, new CoverageRow("Whole course", null, null, null, Sum(rows, topics.Count)));
    }

    private static double[] Sum(IEnumerable<CoverageRow> rows, int columns)
    {
        var total = new double[columns];
        foreach (var minutes in rows.Select(r => r.Minutes).OfType<IReadOnlyList<double>>())
        {
            for (int i = 0; i < columns; i++)
            {
                total[i] += minutes[i];
            }
        }

        return total;
    }
}
