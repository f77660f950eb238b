using System.Text.Json;
using Addin.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>
/// Queries of the FTS5 table <c>TranscriptSearch</c> (porter stemming) that the TranscriptSearch migration made. Each
/// part of the query becomes an FTS5 string (a phrase when it has several words), so no input is FTS5 syntax. The
/// matches come with their recording: CROSS JOIN makes SQLite start from the index, whatever filter is put around it
/// (otherwise it may walk every visible transcript's lines and probe the index for each).
/// </summary>
internal static class SqliteTranscriptIndex
{
    public static IQueryable<TranscriptMatch> Match(DbContext db, SearchQuery query) =>
        db.Database.SqlQueryRaw<TranscriptMatch>(
            """
            SELECT s.rowid AS "LineId", -bm25("TranscriptSearch") AS "Rank", t."RecordingId", l."StartMs"
            FROM "TranscriptSearch" AS s
            CROSS JOIN "TranscriptLines" AS l ON l."Id" = s.rowid
            CROSS JOIN "Transcripts" AS t ON t."Id" = l."TranscriptId"
            WHERE "TranscriptSearch" MATCH {0}
            """,
            MatchExpression(query));

    public static IQueryable<TranscriptSnippet> Snippets(DbContext db, SearchQuery query, IReadOnlyCollection<long> lineIds, SnippetMarks marks) =>
        db.Database.SqlQueryRaw<TranscriptSnippet>(
            """
            SELECT rowid AS "LineId", snippet("TranscriptSearch", 0, {2}, {3}, '', 24) AS "Marked"
            FROM "TranscriptSearch" WHERE "TranscriptSearch" MATCH {0} AND rowid IN (SELECT value FROM json_each({1}))
            """,
            MatchExpression(query),
            JsonSerializer.Serialize(lineIds),
            marks.Start,
            marks.End);

    private static string MatchExpression(SearchQuery query) =>
        string.Join(' ', query.Parts.Select(p => "\"" + p.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
