using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip capaian --satker 1871 --tahun 2024</c> prints a satker-year's measurement table;
/// <c>sakip capaian hitung --input rows.csv</c> computes rows from a CSV without a database.
/// </summary>
internal static class CapaianCommand
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker, misalnya 1871 (KPU Kota Bandar Lampung) atau 18." };
        var tahun = new Option<string>("--tahun") { Description = "Tahun Perjanjian Kinerja, misalnya 2024." };
        var format = new Option<string>("--format") { Description = "table (bawaan), json atau csv.", DefaultValueFactory = _ => "table" };
        var pk = new Option<string?>("--pk") { Description = "Kode Perjanjian Kinerja bila satker memiliki lebih dari satu (mis. KETUA, SEKRETARIS)." };
        var (rumus, batas, skala, agregasi) = OpsiKebijakan();

        var command = new Command("capaian", "Tabel pengukuran kinerja satker: target, realisasi, capaian, kategori dan rata-rata.")
        {
            satker, tahun, format, pk, rumus, batas, skala, agregasi,
            CreateHitung(context),
        };
        command.SetAction(async (parse, ct) =>
        {
            var kodeSatker = parse.GetValue(satker);
            var tahunTeks = parse.GetValue(tahun);
            if (string.IsNullOrWhiteSpace(kodeSatker))
            {
                return await context.GagalAsync("opsi '--satker' wajib diisi, misalnya --satker 1871.", SakipCli.GagalPerintah);
            }

            if (!int.TryParse(tahunTeks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t is < 2000 or > 2100)
            {
                return await context.GagalAsync($"opsi '--tahun' harus tahun empat angka, misalnya 2024; tertulis '{tahunTeks}'.", SakipCli.GagalPerintah);
            }

            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("table" or "json" or "csv"))
            {
                return await context.GagalAsync($"opsi '--format' harus table, json atau csv; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            var ubah = App.Features.Capaian.UbahKebijakan.Baca(parse.GetValue(rumus), parse.GetValue(batas), parse.GetValue(skala), parse.GetValue(agregasi));
            if (!ubah.Berhasil)
            {
                return await context.GagalAsync(ubah.Pesan!, SakipCli.GagalPerintah);
            }

            await using var scope = context.CreateScope();
            if (await BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var handler = scope.ServiceProvider.GetRequiredService<CalculateCapaian.Handler>();
            var jawaban = await handler.HandleAsync(AksesPengguna.Sistem, new CalculateCapaian.Query(kodeSatker.Trim(), t, ubah.Nilai, parse.GetValue(pk)), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await (fmt switch
            {
                "json" => context.Output.WriteLineAsync(JsonSerializer.Serialize(KeJson(hasil), Json)),
                "csv" => context.Output.WriteAsync(KeCsv(hasil)),
                _ => TulisTabelAsync(context.Output, hasil),
            });
            return SakipCli.Sukses;
        });
        return command;
    }

    private static (Option<string?> Rumus, Option<string?> Batas, Option<string?> Skala, Option<string?> Agregasi) OpsiKebijakan() =>
    (
        new Option<string?>("--rumus-turun") { Description = "Rumus indikator semakin rendah semakin baik: 2t-r (bawaan) atau t/r." },
        new Option<string?>("--batas") { Description = "Batas capaian: none (bawaan), 100, 120 atau 110-120 (di atas 110 dihitung 120)." },
        new Option<string?>("--skala") { Description = "Skala kategori: seed4 (Tabel 8, bawaan) atau lima." },
        new Option<string?>("--agregasi") { Description = "Capaian keseluruhan: indikator (rata-rata indikator, bawaan) atau sasaran." }
    );

    private static Command CreateHitung(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "Berkas CSV dengan kepala kolom id,target,realisasi,arah,jenis.", Required = true };
        var format = new Option<string>("--format") { Description = "json (bawaan) atau table.", DefaultValueFactory = _ => "json" };
        var (rumus, batas, skala, _) = OpsiKebijakan();
        var command = new Command("hitung", "Menghitung capaian baris-baris dari berkas CSV tanpa basis data.") { input, format, rumus, batas, skala };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(input)!;
            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("json" or "table"))
            {
                return await context.GagalAsync($"opsi '--format' harus json atau table; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            var ubah = App.Features.Capaian.UbahKebijakan.Baca(parse.GetValue(rumus), parse.GetValue(batas), parse.GetValue(skala), null);
            if (!ubah.Berhasil)
            {
                return await context.GagalAsync(ubah.Pesan!, SakipCli.GagalPerintah);
            }

            if (!File.Exists(path))
            {
                return await context.GagalAsync($"berkas '{path}' tidak ditemukan.");
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            var hasil = (await new CalculateCapaianRows.Handler().HandleAsync(new CalculateCapaianRows.Query(reader, ubah.Nilai), ct)).Nilai!;
            if (fmt == "json")
            {
                var rows = hasil.Barises.Select(b => new { id = b.Id, capaian = Bulat(b.Capaian), kategori = b.Kategori, alasan = b.Alasan });
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
            }
            else
            {
                var table = new Table().AddColumns("id", "capaian", "kategori", "alasan");
                foreach (var b in hasil.Barises)
                {
                    table.AddRow(Markup.Escape(b.Id), b.Capaian is { } c ? FormatIndonesia.Persen(c) : "-", Markup.Escape(b.Kategori ?? "-"), Markup.Escape(b.Alasan ?? string.Empty));
                }

                Konsol(context.Output).Write(table);
            }

            foreach (var e in hasil.Kesalahans)
            {
                await context.Error.WriteLineAsync($"Kesalahan {Path.GetFileName(path)}, {e}");
            }

            if (hasil.Kesalahans.Count > 0)
            {
                await context.Error.WriteLineAsync($"{hasil.Kesalahans.Count} baris tidak dapat dibaca; {hasil.Barises.Count} baris dihitung.");
                return SakipCli.GagalProses;
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    /// <summary>True (after telling the user what to run) when the database has migrations not yet applied.</summary>
    internal static async Task<bool> BelumSiapAsync(AsyncServiceScope scope, CliContext context, CancellationToken ct)
    {
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await context.GagalAsync("basis data belum disiapkan; jalankan 'sakip db migrate' lalu 'sakip demo load'.");
            return true;
        }

        return false;
    }

    internal static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

    internal static object KeJson(CalculateCapaian.Hasil h)
    {
        var p = h.Pengukuran;
        return new
        {
            satker = h.KodeSatker,
            tahun = h.Tahun,
            indikators = p.Indikators.Select(i => new
            {
                kode = i.Kode,
                sasaran = i.KodeSasaran,
                uraian = i.Uraian,
                target = i.Target,
                realisasi = i.Realisasi,
                capaian = Bulat(i.Hasil.Nilai),
                alasan = i.Hasil.Alasan?.Uraian(),
                kategori = i.Kategori,
            }),
            sasarans = p.Sasarans.Select(s => new { kode = s.Kode, uraian = s.Uraian, capaian = Bulat(s.Ringkasan.Capaian) }),
            capaian = Bulat(p.Ringkasan.Capaian),
            jumlahDiAtas100 = p.Ringkasan.JumlahDiAtas100,
            jumlahSama100 = p.Ringkasan.JumlahSama100,
            jumlahDiBawah100 = p.Ringkasan.JumlahDiBawah100,
        };
    }

    private static string KeCsv(CalculateCapaian.Hasil h)
    {
        static string Sel(string? s) => s is null ? string.Empty : s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        var sb = new StringBuilder("kode,sasaran,uraian,target,realisasi,capaian,kategori,alasan\n");
        foreach (var i in h.Pengukuran.Indikators)
        {
            var capaian = Bulat(i.Hasil.Nilai)?.ToString(CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{Sel(i.Kode)},{Sel(i.KodeSasaran)},{Sel(i.Uraian)},{Sel(i.Target)},{Sel(i.Realisasi)},{capaian},{Sel(i.Kategori)},{Sel(i.Hasil.Alasan?.Uraian())}\n");
        }

        return sb.ToString();
    }

    internal static IAnsiConsole Konsol(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        return console;
    }

    private static async Task TulisTabelAsync(TextWriter writer, CalculateCapaian.Hasil h)
    {
        var p = h.Pengukuran;
        var console = Konsol(writer);
        console.WriteLine($"{h.NamaSatker} ({h.KodeSatker}), tahun {h.Tahun}: {p.Perjanjian.Judul}, versi {p.Perjanjian.Versi}");
        var table = new Table().AddColumns("Kode", "Indikator", "Target", "Realisasi", "Capaian", "Kategori");
        foreach (var i in p.Indikators)
        {
            table.AddRow(
                Markup.Escape(i.Kode),
                Markup.Escape(i.Uraian),
                Markup.Escape(i.Target),
                Markup.Escape(i.Realisasi ?? "-"),
                i.Hasil.Nilai is { } c ? FormatIndonesia.Persen(c) : Markup.Escape("tidak dapat dihitung: " + i.Hasil.Alasan!.Value.Uraian()),
                Markup.Escape(i.Kategori ?? "-"));
        }

        console.Write(table);
        var sasaran = new Table().AddColumns("Sasaran", "Uraian", "Rata-rata capaian");
        foreach (var s in p.Sasarans)
        {
            sasaran.AddRow(Markup.Escape(s.Kode), Markup.Escape(s.Uraian), s.Ringkasan.Capaian is { } c ? FormatIndonesia.Persen(c) : "-");
        }

        console.Write(sasaran);
        var r = p.Ringkasan;
        console.WriteLine($"Capaian keseluruhan: {(r.Capaian is { } k ? FormatIndonesia.Persen(k) + " (" + p.KategoriKeseluruhan + ")" : "tidak dapat dihitung")}");
        console.WriteLine($"Di atas 100 %: {r.JumlahDiAtas100}; sama dengan 100 %: {r.JumlahSama100}; di bawah 100 %: {r.JumlahDiBawah100}; tidak dapat dihitung: {r.JumlahTidakDapatDihitung}");
        console.WriteLine(KebijakanTeks.Uraian(p.Kebijakan));
        await writer.FlushAsync();
    }
}
