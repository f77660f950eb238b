using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ControlVersion",
                table: "Recordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "Recordings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeletedById",
                table: "Recordings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedReason",
                table: "Recordings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiddenFromStudents",
                table: "Recordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Keep",
                table: "Recordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHold",
                table: "Recordings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetentionNoticeAt",
                table: "Recordings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StorageTier",
                table: "Recordings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RetentionPolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlatformId = table.Column<long>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleteAfterDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MoveAfterDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionPolicies_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RetentionPolicies_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recordings_DeletedById",
                table: "Recordings",
                column: "DeletedById");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionPolicies_CourseId",
                table: "RetentionPolicies",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionPolicies_PlatformId_CourseId",
                table: "RetentionPolicies",
                columns: new[] { "PlatformId", "CourseId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Recordings_People_DeletedById",
                table: "Recordings",
                column: "DeletedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Recordings_People_DeletedById",
                table: "Recordings");

            migrationBuilder.DropTable(
                name: "RetentionPolicies");

            migrationBuilder.DropIndex(
                name: "IX_Recordings_DeletedById",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "ControlVersion",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "DeletedById",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "DeletedReason",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "HiddenFromStudents",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "Keep",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "RetentionNoticeAt",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "StorageTier",
                table: "Recordings");
        }
    }
}
