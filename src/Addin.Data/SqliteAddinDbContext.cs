using Addin.Core.Persistence;
using Addin.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Addin.Data;

/// <summary>Addin's database on SQLite. Its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteAddinDbContext(DbContextOptions<SqliteAddinDbContext> options) : AddinDbContext(options)
{
    public override IQueryable<TranscriptMatch> MatchTranscriptLines(SearchQuery query) => SqliteTranscriptIndex.Match(this, query);

    public override IQueryable<TranscriptSnippet> SnippetTranscriptLines(SearchQuery query, IReadOnlyCollection<long> lineIds, SnippetMarks marks) =>
        SqliteTranscriptIndex.Snippets(this, query, lineIds, marks);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date type: stored as text, DateTimeOffset cannot be ordered or compared in queries.
        // As a sortable 64-bit number it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
