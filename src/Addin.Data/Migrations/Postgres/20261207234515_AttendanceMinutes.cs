using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AttendanceMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudentActivities_CourseId_PersonId_Date_Kind",
                table: "StudentActivities");

            migrationBuilder.AddColumn<int>(
                name: "SecondsAttended",
                table: "StudentActivities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SecondsScheduled",
                table: "StudentActivities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SessionId",
                table: "StudentActivities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "AuditEntries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserAgent",
                table: "AuditEntries",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudentActivities_CourseId_PersonId_Date_Kind",
                table: "StudentActivities",
                columns: new[] { "CourseId", "PersonId", "Date", "Kind" },
                unique: true,
                filter: "\"SessionId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StudentActivities_SessionId_PersonId_Kind",
                table: "StudentActivities",
                columns: new[] { "SessionId", "PersonId", "Kind" },
                unique: true,
                filter: "\"SessionId\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_StudentActivities_Sessions_SessionId",
                table: "StudentActivities",
                column: "SessionId",
                principalTable: "Sessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StudentActivities_Sessions_SessionId",
                table: "StudentActivities");

            migrationBuilder.DropIndex(
                name: "IX_StudentActivities_CourseId_PersonId_Date_Kind",
                table: "StudentActivities");

            migrationBuilder.DropIndex(
                name: "IX_StudentActivities_SessionId_PersonId_Kind",
                table: "StudentActivities");

            migrationBuilder.DropColumn(
                name: "SecondsAttended",
                table: "StudentActivities");

            migrationBuilder.DropColumn(
                name: "SecondsScheduled",
                table: "StudentActivities");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "StudentActivities");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "UserAgent",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_StudentActivities_CourseId_PersonId_Date_Kind",
                table: "StudentActivities",
                columns: new[] { "CourseId", "PersonId", "Date", "Kind" },
                unique: true);
        }
    }
}
