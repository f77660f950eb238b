using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Addin.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeletedAt",
                table: "Recordings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeletedById",
                table: "Recordings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedReason",
                table: "Recordings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiddenFromStudents",
                table: "Recordings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Keep",
                table: "Recordings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHold",
                table: "Recordings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetentionNoticeAt",
                table: "Recordings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StorageTier",
                table: "Recordings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RetentionPolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<long>(type: "bigint", nullable: false),
                    CourseId = table.Column<long>(type: "bigint", nullable: true),
                    DeleteAfterDays = table.Column<int>(type: "integer", nullable: true),
                    MoveAfterDays = table.Column<int>(type: "integer", nullable: true),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
