using System.CommandLine;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip predikat --skor 73,75</c> prints the SAKIP predikat of an evaluation score.</summary>
internal static class PredikatCommand
{
    public static Command Create(CliContext context)
    {
        var skor = new Option<string>("--skor") { Description = "Nilai evaluasi SAKIP 0-100, misalnya 73,75.", Required = true };
        var command = new Command("predikat", "Menentukan predikat SAKIP (AA..D) dari nilai evaluasi.") { skor };
        command.SetAction(async (parse, _) =>
        {
            var teks = parse.GetValue(skor);
            if (!AngkaIndonesia.TryParse(teks, out var nilai, out var salah))
            {
                return await context.GagalAsync($"--skor: {salah}", SakipCli.GagalPerintah);
            }

            if (nilai is < 0 or > 100)
            {
                return await context.GagalAsync($"--skor harus antara 0 dan 100, tertulis {teks}.", SakipCli.GagalPerintah);
            }

            await context.Output.WriteLineAsync(PredikatSakip.DariSkor(nilai).ToString());
            return SakipCli.Sukses;
        });
        return command;
    }
}
