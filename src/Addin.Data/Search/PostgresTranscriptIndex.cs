using System.Runtime.CompilerServices;
using Addin.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>
/// Queries of the generated <c>tsvector</c> column <c>TranscriptLines."SearchVector"</c> (english configuration, GIN
/// index) that the TranscriptSearch migration made. Each part of the query goes through <c>phraseto_tsquery</c>, which
/// reads any text as words in order, so no input is tsquery syntax; the parts are joined with <c>&amp;&amp;</c>.
/// </summary>
internal static class PostgresTranscriptIndex
{
    private const int ShortLine = 160;

    public static IQueryable<TranscriptMatch> Match(DbContext db, SearchQuery query)
    {
        string tsquery = TsQuery(query);
        return db.Database.SqlQuery<TranscriptMatch>(FormattableStringFactory.Create(
            $"""
            SELECT l."Id" AS "LineId", ts_rank(l."SearchVector", {tsquery})::float8 AS "Rank", t."RecordingId", l."StartMs"
            FROM "TranscriptLines" AS l JOIN "Transcripts" AS t ON t."Id" = l."TranscriptId" WHERE l."SearchVector" @@ {tsquery}
            """,
            [.. query.Parts]));
    }

    /// <summary>
    /// ts_headline with the default parser drops what looks like an HTML tag, which would show a line other than it
    /// is: each <c>&lt;</c> travels through it as <c>chr(1)</c> (control characters are removed first, so none is confused).
    /// A line short enough to read at a glance is shown whole, as SQLite's snippet of 24 words would.
    /// </summary>
    public static IQueryable<TranscriptSnippet> Snippets(DbContext db, SearchQuery query, IReadOnlyCollection<long> lineIds, SnippetMarks marks)
    {
        string ids = Placeholder(query.Parts.Count);
        string whole = Placeholder(query.Parts.Count + 1);
        string cut = Placeholder(query.Parts.Count + 2);
        string marked = $"StartSel={marks.Start}, StopSel={marks.End}";
        return db.Database.SqlQuery<TranscriptSnippet>(FormattableStringFactory.Create(
            $"""
            SELECT l."Id" AS "LineId",
                replace(ts_headline('english', replace(regexp_replace(l."Text", '[[:cntrl:]]', ' ', 'g'), '<', chr(1)), {TsQuery(query)},
                    CASE WHEN char_length(l."Text") <= {ShortLine} THEN {whole} ELSE {cut} END), chr(1), '<') AS "Marked"
            FROM "TranscriptLines" AS l WHERE l."Id" = ANY({ids})
            """,
            [.. query.Parts, lineIds.ToArray(), $"{marked}, HighlightAll=true", $"{marked}, MaxWords=24, MinWords=12, ShortWord=2"]));
    }

    /// <summary><c>phraseto_tsquery('english', {0}) &amp;&amp; phraseto_tsquery('english', {1}) …</c>, one for each part.</summary>
    private static string TsQuery(SearchQuery query) =>
        "(" + string.Join(" && ", query.Parts.Select((_, i) => $"phraseto_tsquery('english', {Placeholder(i)})")) + ")";

    /// <summary>EF's placeholder for the raw query's parameter at <paramref name="index"/>: <c>{0}</c>.</summary>
    private static string Placeholder(int index) => "{" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
}
