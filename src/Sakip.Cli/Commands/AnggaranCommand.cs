using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Entities;
using Sakip.App.Features.Anggaran;
using Sakip.App.Import.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip anggaran --satker 1871 --tahun 2024 [--format table|json]</c> prints every node of the
/// DIPA in force with pagu, realisation and absorption, the totals per source and overall, the
/// revision count and the checks; <c>sakip anggaran impor --satker 1871 --tahun 2024 --file dipa.csv</c>
/// imports a file (a revision with <c>--revisi-jenis</c>, <c>--revisi-tanggal</c>, <c>--revisi-alasan</c>).
/// </summary>
internal static class AnggaranCommand
{
    public static Command Create(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker, misalnya 1871.", Required = true };
        var tahun = new Option<int?>("--tahun") { Description = "Tahun anggaran; bawaan tahun terakhir yang memiliki DIPA." };
        var format = new Option<string>("--format") { Description = "table (bawaan) atau json.", DefaultValueFactory = _ => "table" };
        var command = new Command("anggaran", "Anggaran (DIPA) satker: pagu, realisasi dan penyerapan setiap baris, per sumber dana dan seluruhnya, serta jumlah revisi.")
        {
            satker, tahun, format, CreateImpor(context),
        };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("table" or "json"))
            {
                return await context.GagalAsync($"opsi '--format' harus table atau json; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            var kodeSatker = parse.GetValue(satker)!.Trim();
            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            if (await BerkasSatker.SatkerIdAsync(scope, kodeSatker, ct) is not { } satkerId)
            {
                return await context.GagalAsync($"satker '{kodeSatker}' tidak ditemukan.");
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<GetAnggaran.Handler>().HandleAsync(AksesPengguna.PekerjaanSistem(satkerId, Peran.Pemantau), new GetAnggaran.Query(kodeSatker, parse.GetValue(tahun)), ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            if (h.Data.Pohon is not { } pohon)
            {
                return await context.GagalAsync($"DIPA {h.Tahun} {h.NamaSatker} belum dimuat; impor dengan 'sakip anggaran impor'.");
            }

            if (fmt == "json")
            {
                await TulisJsonAsync(context, h, pohon, ct);
            }
            else
            {
                await TulisTabelAsync(context, h, pohon);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateImpor(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker pemilik DIPA, misalnya 1871.", Required = true };
        var tahun = new Option<int>("--tahun") { Description = "Tahun anggaran.", Required = true };
        var file = new Option<string>("--file") { Description = "Berkas CSV (UTF-8) atau XLSX berkepala kode,uraian,sumber_dana,pagu,realisasi_01..realisasi_12[,rpd_01..rpd_12].", Required = true };
        var jenis = new Option<string?>("--revisi-jenis") { Description = "Bila berkas ini revisi: dja, kanwil atau pok." };
        var tanggal = new Option<string?>("--revisi-tanggal") { Description = "Tanggal revisi, misalnya 2024-06-14." };
        var alasan = new Option<string?>("--revisi-alasan") { Description = "Alasan revisi." };
        var command = new Command("impor", "Mengimpor DIPA satker beserta realisasi bulanannya: berkas pertama menjadi DIPA awal; pagu yang berubah dicatat sebagai revisi (opsi --revisi-*), keadaan sebelumnya tetap tersimpan.")
        {
            satker, tahun, file, jenis, tanggal, alasan,
        };
        command.SetAction(async (parse, ct) =>
        {
            ImportAnggaran.DataRevisi? revisi = null;
            if (parse.GetValue(jenis) is { } teksJenis)
            {
                if (!PerubahanAnggaran.TryBacaJenis(teksJenis, out var j))
                {
                    return await context.GagalAsync($"opsi '--revisi-jenis' harus dja, kanwil atau pok; tertulis '{teksJenis}'.", SakipCli.GagalPerintah);
                }

                if (!DateOnly.TryParseExact(parse.GetValue(tanggal) ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                {
                    return await context.GagalAsync("opsi '--revisi-tanggal' harus tanggal seperti 2024-06-14.", SakipCli.GagalPerintah);
                }

                revisi = new ImportAnggaran.DataRevisi(j, t, parse.GetValue(alasan) ?? string.Empty);
            }
            else if (parse.GetValue(tanggal) is not null || parse.GetValue(alasan) is not null)
            {
                return await context.GagalAsync("opsi '--revisi-tanggal' dan '--revisi-alasan' memerlukan '--revisi-jenis'.", SakipCli.GagalPerintah);
            }

            var path = parse.GetValue(file)!;
            var kodeSatker = parse.GetValue(satker)!.Trim();
            await using var scope = context.CreateScope();
            var (keluar, satkerId) = await BerkasSatker.PeriksaAsync(context, scope, path, PembacaAnggaran.UkuranMaksimum, $"{PembacaAnggaran.UkuranMaksimum / 1024 / 1024} MB", kodeSatker, ct);
            if (keluar is { } k)
            {
                return k;
            }

            var bilah = new BilahKemajuan(context.Error, "Mengimpor " + Path.GetFileName(path));
            var jawaban = await scope.ServiceProvider.GetRequiredService<ImportAnggaran.Handler>().HandleAsync(
                AksesPengguna.PekerjaanSistem(satkerId, Peran.Operator),
                new ImportAnggaran.Command(kodeSatker, parse.GetValue(tahun), Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), revisi) { Kemajuan = bilah },
                ct);
            bilah.Selesai();
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"{h.Versi}: {h.JumlahBaris} baris; pagu {FormatIndonesia.Rupiah(h.Pagu)}, realisasi {FormatIndonesia.Rupiah(h.Realisasi)} ({FormatIndonesia.PersenAtauKosong(AngkaAnggaran.Persen(h.Realisasi, h.Pagu))}).");
            foreach (var u in h.Perubahan)
            {
                await context.Output.WriteLineAsync($"  pagu {u.Kode} ({SumberDanaTeks.Nama(u.Sumber)}): {(u.PaguSebelum is { } a ? FormatIndonesia.Rupiah(a) : "baru")} -> {(u.PaguSesudah is { } b ? FormatIndonesia.Rupiah(b) : "dihapus")}");
            }

            foreach (var t in h.Temuan)
            {
                await context.Output.WriteLineAsync("  temuan: " + t);
            }

            foreach (var r in h.Indikator)
            {
                await context.Output.WriteLineAsync(r);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static async Task TulisTabelAsync(CliContext context, GetAnggaran.Hasil h, PohonAnggaran pohon)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        await context.Output.WriteLineAsync($"DIPA {h.Tahun} {h.NamaSatker} ({DataAnggaran.NamaVersi(h.Data.Berlaku!)})");
        var tabel = new Table().AddColumns("Kode", "Uraian", "Sumber", "Pagu", "Realisasi", "Penyerapan", "Sisa");
        foreach (var s in pohon.SemuaSimpul())
        {
            var indent = new string(' ', 2 * (int)s.Kode.Tingkat);
            tabel.AddRow(indent + s.Kode.Bagian, Markup.Escape(TeksRingkasCli(s.Uraian)), string.Join(", ", s.PerSumber.Keys.Select(SumberDanaTeks.Kode)), FormatIndonesia.Rupiah(s.Jumlah.Pagu), FormatIndonesia.Rupiah(s.Jumlah.Realisasi), FormatIndonesia.PersenAtauKosong(s.Jumlah.Penyerapan), FormatIndonesia.Rupiah(s.Jumlah.Sisa));
        }

        foreach (var (sumber, a) in pohon.PerSumber)
        {
            tabel.AddRow("Jumlah", Markup.Escape(SumberDanaTeks.Nama(sumber)), SumberDanaTeks.Kode(sumber), FormatIndonesia.Rupiah(a.Pagu), FormatIndonesia.Rupiah(a.Realisasi), FormatIndonesia.PersenAtauKosong(a.Penyerapan), FormatIndonesia.Rupiah(a.Sisa));
        }

        tabel.AddRow("Jumlah", "Seluruhnya", string.Empty, FormatIndonesia.Rupiah(pohon.Jumlah.Pagu), FormatIndonesia.Rupiah(pohon.Jumlah.Realisasi), FormatIndonesia.PersenAtauKosong(pohon.Jumlah.Penyerapan), FormatIndonesia.Rupiah(pohon.Jumlah.Sisa));
        console.Write(tabel);
        await context.Output.WriteLineAsync($"Jumlah revisi: {h.Data.JumlahRevisi}.");
        await context.Output.WriteLineAsync($"Laporan SIMONIKA tepat waktu dan valid: {h.Data.Kepatuhan.TepatWaktuDanValid} dari {h.Data.Kepatuhan.Wajib} ({FormatIndonesia.PersenAtauKosong(h.Data.Kepatuhan.Persen)}).");
        var temuan = h.Data.Temuan.Select(t => t.Pesan).Concat(h.TemuanProgram).ToList();
        await context.Output.WriteLineAsync($"Temuan: {temuan.Count}.");
        foreach (var t in temuan)
        {
            await context.Output.WriteLineAsync("- " + t);
        }
    }

    private static async Task TulisJsonAsync(CliContext context, GetAnggaran.Hasil h, PohonAnggaran pohon, CancellationToken ct)
    {
        static object Angka(AngkaAnggaran a) => new { pagu = a.Pagu, realisasi = a.Realisasi, penyerapan = a.Penyerapan, sisa = a.Sisa, realisasiBulanan = a.RealisasiBulan, rencanaBulanan = a.RencanaBulan };
        var isi = new
        {
            satker = h.KodeSatker,
            tahun = h.Tahun,
            versi = DataAnggaran.NamaVersi(h.Data.Berlaku!),
            jumlahRevisi = h.Data.JumlahRevisi,
            jumlah = Angka(pohon.Jumlah),
            perSumber = pohon.PerSumber.ToDictionary(p => SumberDanaTeks.Kode(p.Key), p => Angka(p.Value)),
            baris = pohon.SemuaSimpul().Select(s => new { kode = s.Kode.Kode, tingkat = s.Kode.Tingkat.ToString(), uraian = s.Uraian, jumlah = Angka(s.Jumlah), perSumber = s.PerSumber.ToDictionary(p => SumberDanaTeks.Kode(p.Key), p => Angka(p.Value)) }),
            simonika = new { wajib = h.Data.Kepatuhan.Wajib, tepatWaktu = h.Data.Kepatuhan.TepatWaktu, tepatWaktuDanValid = h.Data.Kepatuhan.TepatWaktuDanValid, persen = h.Data.Kepatuhan.Persen },
            temuan = h.Data.Temuan.Select(t => new { jenis = t.Jenis.ToString(), kode = t.Kode.Kode, sumber = SumberDanaTeks.Kode(t.Sumber), pesan = t.Pesan }),
            temuanProgram = h.TemuanProgram,
        };
        await context.Output.WriteLineAsync(JsonSerializer.Serialize(isi, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        await context.Output.FlushAsync(ct);
    }

    private static string TeksRingkasCli(string teks) => teks.Length <= 60 ? teks : teks[..59] + "…";
}
