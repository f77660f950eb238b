using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search over transcript lines: an FTS5 index (porter stemming) over <c>TranscriptLines.Text</c>, kept
    /// in step by triggers (lines stored, corrected, or deleted with their recording), and filled with the lines that
    /// already exist. Not in the EF model: the queries are in <see cref="SqliteTranscriptIndex"/>.
    /// </summary>
    public partial class TranscriptSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "TranscriptSearch" USING fts5(
                    Text, content='TranscriptLines', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TranscriptLines_SearchInsert" AFTER INSERT ON "TranscriptLines" BEGIN
                    INSERT INTO "TranscriptSearch"(rowid, Text) VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TranscriptLines_SearchDelete" AFTER DELETE ON "TranscriptLines" BEGIN
                    INSERT INTO "TranscriptSearch"("TranscriptSearch", rowid, Text) VALUES ('delete', old."Id", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TranscriptLines_SearchUpdate" AFTER UPDATE OF "Text" ON "TranscriptLines" BEGIN
                    INSERT INTO "TranscriptSearch"("TranscriptSearch", rowid, Text) VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "TranscriptSearch"(rowid, Text) VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "TranscriptSearch"("TranscriptSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TranscriptLines_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "TranscriptLines_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "TranscriptLines_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE "TranscriptSearch";""");
        }
    }
}
