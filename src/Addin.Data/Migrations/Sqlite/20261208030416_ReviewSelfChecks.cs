using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSelfChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordingId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecapVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Known = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LineItemUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScoreSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScoreError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSubmissions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewSubmissions_Recordings_RecordingId",
                        column: x => x.RecordingId,
                        principalTable: "Recordings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSubmissions_PersonId",
                table: "ReviewSubmissions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSubmissions_RecordingId_PersonId",
                table: "ReviewSubmissions",
                columns: new[] { "RecordingId", "PersonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewSubmissions");
        }
    }
}
