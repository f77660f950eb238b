using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordingRenditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AudioKey",
                table: "Recordings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DownloadKey",
                table: "Recordings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaybackKey",
                table: "Recordings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThumbnailSpriteKey",
                table: "Recordings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThumbnailsKey",
                table: "Recordings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AudioKey",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "DownloadKey",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "PlaybackKey",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "ThumbnailSpriteKey",
                table: "Recordings");

            migrationBuilder.DropColumn(
                name: "ThumbnailsKey",
                table: "Recordings");
        }
    }
}
