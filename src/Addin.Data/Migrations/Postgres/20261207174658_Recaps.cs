using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Addin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Recaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AiConsents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<long>(type: "bigint", nullable: false),
                    CourseId = table.Column<long>(type: "bigint", nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<long>(type: "bigint", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AiConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AiConsents_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AiConsents_People_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AiConsents_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CurriculumPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedById = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CurriculumPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CurriculumPlans_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CurriculumPlans_People_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Recaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordingId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recaps_People_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Recaps_Recordings_RecordingId",
                        column: x => x.RecordingId,
                        principalTable: "Recordings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CurriculumPlanTopics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Keywords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PlannedMinutes = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CurriculumPlanTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CurriculumPlanTopics_CurriculumPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CurriculumPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecapVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Change = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecapJson = table.Column<string>(type: "text", nullable: false),
                    DroppedClaims = table.Column<int>(type: "integer", nullable: false),
                    SummariserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PromptVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InputTokens = table.Column<int>(type: "integer", nullable: true),
                    OutputTokens = table.Column<int>(type: "integer", nullable: true),
                    ChangedById = table.Column<long>(type: "bigint", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapVersions_People_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RecapVersions_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AiConsents_ChangedById",
                table: "AiConsents",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_AiConsents_CourseId",
                table: "AiConsents",
                column: "CourseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AiConsents_PlatformId",
                table: "AiConsents",
                column: "PlatformId",
                unique: true,
                filter: "\"CourseId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CurriculumPlans_CourseId",
                table: "CurriculumPlans",
                column: "CourseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CurriculumPlans_ImportedById",
                table: "CurriculumPlans",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_CurriculumPlanTopics_PlanId_TopicId",
                table: "CurriculumPlanTopics",
                columns: new[] { "PlanId", "TopicId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_RecordingId",
                table: "Recaps",
                column: "RecordingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_Status",
                table: "Recaps",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_UpdatedById",
                table: "Recaps",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_RecapVersions_ChangedById",
                table: "RecapVersions",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_RecapVersions_RecapId_Number",
                table: "RecapVersions",
                columns: new[] { "RecapId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AiConsents");

            migrationBuilder.DropTable(
                name: "CurriculumPlanTopics");

            migrationBuilder.DropTable(
                name: "RecapVersions");

            migrationBuilder.DropTable(
                name: "CurriculumPlans");

            migrationBuilder.DropTable(
                name: "Recaps");
        }
    }
}
