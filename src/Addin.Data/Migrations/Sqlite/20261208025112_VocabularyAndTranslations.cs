using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VocabularyAndTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaptionTranslations",
                table: "Recordings",
                type: "TEXT",
                maxLength: 180,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaptionLanguage",
                table: "PlayerPreferences",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaptionLanguages",
                table: "Courses",
                type: "TEXT",
                maxLength: 180,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Vocabulary",
                table: "Courses",
                type: "TEXT",
                maxLength: 6100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaptionTranslations",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "CaptionLanguage",
                table: "PlayerPreferences");

            migrationBuilder.DropColumn(
                name: "CaptionLanguages",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "Vocabulary",
                table: "Courses");
        }
    }
}
