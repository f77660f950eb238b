using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StudentActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    ModelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    FactorsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnteredHigh = table.Column<bool>(type: "INTEGER", nullable: false),
                    AlertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AlertProblem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudentActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentActivities_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudentActivities_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CourseId_PersonId_AssessedAt",
                table: "RiskAssessments",
                columns: new[] { "CourseId", "PersonId", "AssessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_PersonId",
                table: "RiskAssessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentActivities_CourseId_PersonId_Date_Kind",
                table: "StudentActivities",
                columns: new[] { "CourseId", "PersonId", "Date", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudentActivities_PersonId",
                table: "StudentActivities",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "StudentActivities");
        }
    }
}
