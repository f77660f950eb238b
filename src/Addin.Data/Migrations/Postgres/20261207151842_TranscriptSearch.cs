using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Postgres
{
    /// <summary>
    /// Full-text search over transcript lines: a generated <c>tsvector</c> column (english configuration, so words are
    /// stemmed) with a GIN index. PostgreSQL computes it for the lines that exist and for every line stored or corrected
    /// later. Not in the EF model: the queries are in <see cref="PostgresTranscriptIndex"/>.
    /// </summary>
    public partial class TranscriptSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "TranscriptLines"
                    ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "Text")) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_TranscriptLines_SearchVector" ON "TranscriptLines" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_TranscriptLines_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "TranscriptLines" DROP COLUMN "SearchVector";""");
        }
    }
}
