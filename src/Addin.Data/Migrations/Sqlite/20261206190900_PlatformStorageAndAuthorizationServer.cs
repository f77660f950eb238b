using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformStorageAndAuthorizationServer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorizationServer",
                table: "Platforms",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StorageTarget",
                table: "LtiLoginStates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthorizationServer",
                table: "Platforms");

            migrationBuilder.DropColumn(
                name: "StorageTarget",
                table: "LtiLoginStates");
        }
    }
}
