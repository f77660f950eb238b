using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Addin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MissingRecordingAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "RecordingId",
                table: "Alerts",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "SessionId",
                table: "Alerts",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_SessionId",
                table: "Alerts",
                column: "SessionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Alerts_Sessions_SessionId",
                table: "Alerts",
                column: "SessionId",
                principalTable: "Sessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Alerts_Sessions_SessionId",
                table: "Alerts");

            migrationBuilder.DropIndex(
                name: "IX_Alerts_SessionId",
                table: "Alerts");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "Alerts");

            migrationBuilder.AlterColumn<long>(
                name: "RecordingId",
                table: "Alerts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
