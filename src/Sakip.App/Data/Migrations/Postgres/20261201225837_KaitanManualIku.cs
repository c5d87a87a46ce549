using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KaitanManualIku : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IndikatorRenstraId",
                table: "ManualIkus",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrioritasNasional",
                table: "ManualIkus",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ManualIkus_IndikatorRenstraId",
                table: "ManualIkus",
                column: "IndikatorRenstraId");

            migrationBuilder.AddForeignKey(
                name: "FK_ManualIkus_IndikatorRenstras_IndikatorRenstraId",
                table: "ManualIkus",
                column: "IndikatorRenstraId",
                principalTable: "IndikatorRenstras",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ManualIkus_IndikatorRenstras_IndikatorRenstraId",
                table: "ManualIkus");

            migrationBuilder.DropIndex(
                name: "IX_ManualIkus_IndikatorRenstraId",
                table: "ManualIkus");

            migrationBuilder.DropColumn(
                name: "IndikatorRenstraId",
                table: "ManualIkus");

            migrationBuilder.DropColumn(
                name: "PrioritasNasional",
                table: "ManualIkus");
        }
    }
}
