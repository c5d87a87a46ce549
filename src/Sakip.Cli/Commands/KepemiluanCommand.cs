using System.CommandLine;
using System.Text.Json;
using Sakip.App.Import.Kepemiluan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip kepemiluan periksa --file data.csv</c> runs every check and roll-up of an
/// election-data file without a database, for a data officer before importing.
/// </summary>
internal static class KepemiluanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("kepemiluan", "Data kepemiluan: DPT, pengguna hak pilih, surat suara dan perolehan suara.")
        {
            CreatePeriksa(context),
        };
        return command;
    }

    private static Command CreatePeriksa(CliContext context)
    {
        var file = new Option<string>("--file") { Description = "Berkas CSV (UTF-8) atau XLSX dalam templat data kepemiluan.", Required = true };
        var jenis = new Option<string>("--jenis") { Description = "pemilu (cadangan surat suara 2 %, bawaan) atau pilkada (2,5 %).", DefaultValueFactory = _ => "pemilu" };
        var format = new Option<string>("--format") { Description = "table (bawaan) atau json.", DefaultValueFactory = _ => "table" };
        var command = new Command("periksa", "Memeriksa dan merekap berkas data kepemiluan tanpa basis data: partisipasi per wilayah dan setiap temuan.")
        {
            file, jenis, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("table" or "json"))
            {
                return await context.GagalAsync($"opsi '--format' harus table atau json; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            JenisPemilihan jenisPemilihan;
            switch (parse.GetValue(jenis)!.Trim().ToLowerInvariant())
            {
                case "pemilu":
                    jenisPemilihan = JenisPemilihan.Pemilu;
                    break;
                case "pilkada" or "pemilihan":
                    jenisPemilihan = JenisPemilihan.Pilkada;
                    break;
                default:
                    return await context.GagalAsync($"opsi '--jenis' harus pemilu atau pilkada; tertulis '{parse.GetValue(jenis)}'.", SakipCli.GagalPerintah);
            }

            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return await context.GagalAsync($"berkas '{path}' tidak ditemukan.", SakipCli.GagalPerintah);
            }

            await using var stream = File.OpenRead(path);
            var (pembaca, barises) = PembacaDataKepemiluan.Baca(stream, path);
            var daftar = barises.ToList();
            if (pembaca.Kesalahans.Count > 0)
            {
                foreach (var k in pembaca.Kesalahans)
                {
                    await context.Error.WriteLineAsync("Kesalahan: " + k);
                }

                return SakipCli.GagalProses;
            }

            var rekap = RekapKepemiluan.Hitung(daftar, jenisPemilihan);
            if (fmt == "json")
            {
                await TulisJsonAsync(context, rekap, ct);
            }
            else
            {
                await TulisTabelAsync(context, rekap);
            }

            return rekap.Temuans.Any(t => !t.Peringatan) ? SakipCli.GagalProses : SakipCli.Sukses;
        });
        return command;
    }

    private static async Task TulisTabelAsync(CliContext context, RekapKepemiluan rekap)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 160;
        var tabel = new Table().AddColumns("Kode", "Wilayah", "DPT", "Pengguna", "Partisipasi", "Laki-laki", "Perempuan", "Pangsa DPK");
        foreach (var kode in rekap.Puncaks.SelectMany(p => rekap.Anak(p).Prepend(p)))
        {
            var a = rekap.Angka(kode);
            tabel.AddRow(kode.Bertitik, Markup.Escape(rekap.Nama(kode)), Jumlah(a.Nilai(KolomKepemiluan.Dpt)), Jumlah(a.Nilai(KolomKepemiluan.Pengguna)), Persen(a.Partisipasi()), Persen(a.PartisipasiL()), Persen(a.PartisipasiP()), Persen(a.PangsaDpk()));
        }

        console.Write(tabel);
        var galat = rekap.Temuans.Count(t => !t.Peringatan);
        await context.Output.WriteLineAsync($"Temuan: {galat} kesalahan, {rekap.Temuans.Count - galat} peringatan.");
        foreach (var t in rekap.Temuans)
        {
            await context.Output.WriteLineAsync($"- [{(t.Peringatan ? "peringatan" : "kesalahan")}] {PemeriksaanKepemiluan.Nama(t.Aturan)} | {t.Kode.Bertitik} {rekap.Nama(t.Kode)} | kolom {t.Kolom}: {t.Pesan}");
        }
    }

    private static async Task TulisJsonAsync(CliContext context, RekapKepemiluan rekap, CancellationToken ct)
    {
        var wilayahs = rekap.Wilayahs.Select(k =>
        {
            var a = rekap.Angka(k);
            return new
            {
                kode = k.Kode,
                nama = rekap.Nama(k),
                tingkat = PembacaDataKepemiluan.NamaTingkat(k.Tingkat),
                dpt = a.Nilai(KolomKepemiluan.Dpt),
                pengguna = a.Nilai(KolomKepemiluan.Pengguna),
                partisipasi = Bulat(a.Partisipasi()),
                partisipasiL = Bulat(a.PartisipasiL()),
                partisipasiP = Bulat(a.PartisipasiP()),
                pangsaDpk = Bulat(a.PangsaDpk()),
                disabilitas = a.Nilai(KolomKepemiluan.Disabilitas),
            };
        });
        var temuans = rekap.Temuans.Select(t => new
        {
            aturan = t.Aturan.ToString(),
            nama = PemeriksaanKepemiluan.Nama(t.Aturan),
            peringatan = t.Peringatan,
            kode = t.Kode.Kode,
            kolom = t.Kolom,
            pesan = t.Pesan,
        });
        await context.Output.WriteLineAsync(JsonSerializer.Serialize(new { wilayahs, temuans }, CapaianCommand.Json));
        ct.ThrowIfCancellationRequested();
    }

    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

    private static string Jumlah(long? n) => n is { } v ? FormatIndonesia.Angka(v, 0) : "-";

    private static string Persen(decimal? p) => p is { } v ? FormatIndonesia.Persen(v) : "-";
}
