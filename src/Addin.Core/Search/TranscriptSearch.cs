using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Search;

/// <summary>
/// Searches transcripts with the database's full-text index. Only the recordings the access policy lets the viewer see
/// are matched, so a recording the viewer cannot see never takes a place in the results or in the counts.
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

        // The visible recordings first, then the matches among them in one pass of the full-text index: the counts and
        // the ranking are taken from that one list, so the index is read once whatever the viewer may see.
        var sessionAt = await visible.Select(r => new { r.Id, SessionAt = r.Session!.StartsAt ?? r.CreatedAt })
            .ToDictionaryAsync(r => r.Id, r => r.SessionAt, cancellationToken);
        if (sessionAt.Count == 0)
        {
            return new TranscriptSearchResults(query, 0, 0, []);
        }

        List<long> visibleIds = [.. sessionAt.Keys];
        // One parameter (a JSON array on SQLite, an array on PostgreSQL), not one per id: a reviewer may see thousands.
        var matches = await db.MatchTranscriptLines(query).Where(m => EF.Parameter(visibleIds).Contains(m.RecordingId)).ToListAsync(cancellationToken);
        int total = matches.Count;
        if (total == 0)
        {
            return new TranscriptSearchResults(query, 0, 0, []);
        }

        int recordings = matches.Select(m => m.RecordingId).Distinct().Count();
        var top = matches
            .OrderByDescending(m => m.Rank).ThenByDescending(m => sessionAt[m.RecordingId]).ThenBy(m => m.RecordingId).ThenBy(m => m.StartMs)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .ToList();

        var lineIds = top.Select(m => m.LineId).ToList();
        var lines = await (
            from l in db.TranscriptLines
            where lineIds.Contains(l.Id)
            join t in db.Transcripts on l.TranscriptId equals t.Id
            join r in db.Recordings on t.RecordingId equals r.Id
            select new { l.Id, l.Speaker, l.Text, r.Title, Course = r.Course!.Title }).ToDictionaryAsync(l => l.Id, cancellationToken);
        var marks = SnippetMarks.CreateRandom();
        var snippets = await db.SnippetTranscriptLines(query, lineIds, marks).ToDictionaryAsync(s => s.LineId, s => s.Marked, cancellationToken);
        var hits = top.Select(m => (Match: m, Line: lines[m.LineId])).Select(x => new TranscriptHit(
                x.Match.RecordingId, x.Line.Title, x.Line.Course, sessionAt[x.Match.RecordingId], x.Match.StartMs / 1000.0, x.Line.Speaker,
                snippets.TryGetValue(x.Match.LineId, out string? marked) ? SearchSnippet.FromMarked(marked, x.Line.Text, marks) : SearchSnippet.Plain(x.Line.Text)))
            .ToList();
        return new TranscriptSearchResults(query, total, recordings, hits);
    }
}
