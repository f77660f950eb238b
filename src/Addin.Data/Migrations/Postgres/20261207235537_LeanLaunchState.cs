using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Postgres
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
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Nonce = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegistrationKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageTarget = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TargetLinkUri = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
