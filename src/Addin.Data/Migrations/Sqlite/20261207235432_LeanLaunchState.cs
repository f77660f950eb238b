using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeanLaunchState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LtiLoginStates");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LtiLoginStates",
                columns: table => new
                {
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegistrationKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageTarget = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetLinkUri = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiLoginStates", x => x.State);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LtiLoginStates_ExpiresAt",
                table: "LtiLoginStates",
                column: "ExpiresAt");
        }
    }
}
