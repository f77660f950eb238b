using System.Data.Common;
using System.Text.Json;
using Addin.Core.Search;
using Addin.Data;
using Npgsql;

namespace Addin.Bench.Search;

/// <summary>
/// The full-text engine asked directly, as a hand-written query would: the 20 best matching segments of all sessions,
/// or of the student's 40 sessions (filtered after the match), with no access policy, counts or snippets.
/// </summary>
internal sealed class RawEngine(DbConnection connection, DatabaseProvider provider)
{
    public const int Limit = 20;

    public async Task<int> TopAsync(SearchQuery query, IReadOnlyList<long>? recordings)
    {
        await using var command = connection.CreateCommand();
        if (provider == DatabaseProvider.Sqlite)
        {
            command.CommandText = recordings is null
                ? """SELECT rowid, bm25("TranscriptSearch") AS r FROM "TranscriptSearch" WHERE "TranscriptSearch" MATCH $q ORDER BY r LIMIT 20"""
                : """
                  SELECT s.rowid, bm25("TranscriptSearch") AS r FROM "TranscriptSearch" AS s
                  JOIN "TranscriptLines" AS l ON l."Id" = s.rowid JOIN "Transcripts" AS t ON t."Id" = l."TranscriptId"
                  WHERE "TranscriptSearch" MATCH $q AND t."RecordingId" IN (SELECT value FROM json_each($ids)) ORDER BY r LIMIT 20
                  """;
            Add(command, "$q", Fts5Match(query));
            if (recordings is not null)
            {
                Add(command, "$ids", JsonSerializer.Serialize(recordings));
            }
        }
        else
        {
            string tsquery = TsQuery(query);
            command.CommandText = recordings is null
                ? $"""SELECT l."Id", ts_rank(l."SearchVector", x.q) AS r FROM "TranscriptLines" AS l, (SELECT {tsquery} AS q) AS x WHERE l."SearchVector" @@ x.q ORDER BY r DESC LIMIT 20"""
                : $"""
                   SELECT l."Id", ts_rank(l."SearchVector", x.q) AS r FROM "TranscriptLines" AS l JOIN "Transcripts" AS t ON t."Id" = l."TranscriptId", (SELECT {tsquery} AS q) AS x
                   WHERE l."SearchVector" @@ x.q AND t."RecordingId" = ANY(@ids) ORDER BY r DESC LIMIT 20
                   """;
            AddParts(command, query);
            if (recordings is not null)
            {
                ((NpgsqlCommand)command).Parameters.AddWithValue("ids", recordings.ToArray());
            }
        }

        int rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>How many segments match in all: what the query's selectivity is.</summary>
    public async Task<long> CountAsync(SearchQuery query)
    {
        await using var command = connection.CreateCommand();
        if (provider == DatabaseProvider.Sqlite)
        {
            command.CommandText = """SELECT count(*) FROM "TranscriptSearch" WHERE "TranscriptSearch" MATCH $q""";
            Add(command, "$q", Fts5Match(query));
        }
        else
        {
            command.CommandText = $"""SELECT count(*) FROM "TranscriptLines" WHERE "SearchVector" @@ ({TsQuery(query)})""";
            AddParts(command, query);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each part as an FTS5 string (a phrase when it has several words), as Addin's own query writes it.</summary>
    private static string Fts5Match(SearchQuery query) =>
        string.Join(' ', query.Parts.Select(p => "\"" + p.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary><c>phraseto_tsquery('english', @p0) &amp;&amp; …</c>, one for each part, with <see cref="AddParts"/>.</summary>
    private static string TsQuery(SearchQuery query) =>
        string.Join(" && ", query.Parts.Select((_, i) => $"phraseto_tsquery('english', @p{i})"));

    private static void AddParts(DbCommand command, SearchQuery query)
    {
        for (int i = 0; i < query.Parts.Count; i++)
        {
            Add(command, $"@p{i}", query.Parts[i]);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
