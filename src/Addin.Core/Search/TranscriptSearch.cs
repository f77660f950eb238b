using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Search;

/// <summary>
/// Searches transcripts with the database's full-text index. The access policy is part of the one query that ranks
/// and limits, so a recording the viewer cannot see never takes a place in the results or in the counts.
/// </summary>
public sealed class TranscriptSearch(AddinDbContext db, AccessPolicy access)
{
    public const int MaxLimit = 100;

    public async Task<TranscriptSearchResults> SearchAsync(Viewer viewer, SearchScope scope, SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return new TranscriptSearchResults(query, 0, 0, []);
        }

        var visible = access.VisibleRecordings(viewer);
        if (scope.CourseId is { } courseId)
        {
            var shownIn = access.CoursesShownIn(courseId);
            visible = visible.Where(r => shownIn.Contains(r.CourseId));
        }

        if (scope.RecordingId is { } recordingId)
        {
            visible = visible.Where(r => r.Id == recordingId);
        }

        var moments =
            from m in db.MatchTranscriptLines(query)
            join l in db.TranscriptLines on m.LineId equals l.Id
            join t in db.Transcripts on l.TranscriptId equals t.Id
            join r in visible on t.RecordingId equals r.Id
            select new { m.LineId, m.Rank, r.Id, r.Title, Course = r.Course!.Title, SessionAt = r.Session!.StartsAt ?? r.CreatedAt, l.StartMs, l.Speaker, l.Text };

        int total = await moments.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new TranscriptSearchResults(query, 0, 0, []);
        }

        int recordings = await moments.Select(m => m.Id).Distinct().CountAsync(cancellationToken);
        var top = await moments
            .OrderByDescending(m => m.Rank).ThenByDescending(m => m.SessionAt).ThenBy(m => m.Id).ThenBy(m => m.StartMs)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .ToListAsync(cancellationToken);

        var lineIds = top.Select(m => m.LineId).ToList();
        var marks = SnippetMarks.CreateRandom();
        var snippets = await db.SnippetTranscriptLines(query, lineIds, marks).ToDictionaryAsync(s => s.LineId, s => s.Marked, cancellationToken);
        var hits = top.Select(m => new TranscriptHit(
                m.Id, m.Title, m.Course, m.SessionAt, m.StartMs / 1000.0, m.Speaker,
                snippets.TryGetValue(m.LineId, out string? marked) ? SearchSnippet.FromMarked(marked, m.Text, marks) : SearchSnippet.Plain(m.Text)))
            .ToList();
        return new TranscriptSearchResults(query, total, recordings, hits);
    }
}
