using Addin.Core.Persistence;
using Addin.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>Addin's database on PostgreSQL. Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresAddinDbContext(DbContextOptions<PostgresAddinDbContext> options) : AddinDbContext(options)
{
    public override IQueryable<TranscriptMatch> MatchTranscriptLines(SearchQuery query) => PostgresTranscriptIndex.Match(this, query);

    public override IQueryable<TranscriptSnippet> SnippetTranscriptLines(SearchQuery query, IReadOnlyCollection<long> lineIds, SnippetMarks marks) =>
        PostgresTranscriptIndex.Snippets(this, query, lineIds, marks);
}
