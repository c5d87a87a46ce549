using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip dokumen pk|rencana-aksi|rkt|manual-iku|triwulan|lkjip</c>: the documents built from the data, and
/// <c>sakip dokumen verifikasi</c>, which tells whether a file is a published LKjIP (issue 10).
/// </summary>
internal static class DokumenCommand
{
    public static Command Create(CliContext context)
    {
        // Anything but 1-4 (or not a number, read as 0) is refused by the use case.
        var triwulan = new Option<string>("--triwulan") { Description = "Triwulan, 1 sampai 4." };
        return new("dokumen", "Dokumen yang disusun dari data (Perjanjian Kinerja, Rencana Aksi, RKT, Manual IKU, capaian triwulanan, LKjIP) dan pemeriksaan keaslian LKjIP terbitan.")
        {
            CreatePk(context, "pk", "Dokumen Perjanjian Kinerja yang berlaku (perjanjian dan lampirannya) sebagai Word, PDF, HTML atau XLSX.", (sp, id, format, ct) => sp.GetRequiredService<GenerateDokumenPerjanjianKinerja.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenPerjanjianKinerja.Query(id, format), ct)),
            CreatePk(context, "rencana-aksi", "Rencana Aksi Perjanjian Kinerja yang berlaku: target dan kemajuan per triwulan.", (sp, id, format, ct) => sp.GetRequiredService<GenerateDokumenRencanaAksi.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenRencanaAksi.Query(id, format), ct)),
            CreateSatkerTahun(context, "rkt", "Rencana Kerja Tahunan: target tiap unit, cara pencapaian dan cara pengukurannya, serta program dan pagunya.", (sp, satker, tahun, format, _, ct) => sp.GetRequiredService<GenerateDokumenRkt.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenRkt.Query(satker, tahun, format), ct)),
            CreateSatkerTahun(context, "manual-iku", "Manual IKU: setiap indikator Perjanjian Kinerja dengan definisi operasional, rumus, sumber data dan penanggung jawabnya.", (sp, satker, tahun, format, _, ct) => sp.GetRequiredService<GenerateDokumenManualIku.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenManualIku.Query(satker, tahun, format), ct)),
            CreateSatkerTahun(
                context,
                "triwulan",
                "Laporan capaian kinerja triwulanan: capaian setiap indikator sampai akhir triwulan terhadap target tahunan dan target triwulan Rencana Aksi.",
                (sp, satker, tahun, format, parse, ct) => sp.GetRequiredService<GenerateDokumenCapaianTriwulan.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenCapaianTriwulan.Query(satker, tahun, int.TryParse(parse.GetValue(triwulan), NumberStyles.None, CultureInfo.InvariantCulture, out var tw) ? tw : 0, format), ct),
                triwulan),
            CreateLkjip(context),
            CreateVerifikasi(context),
        };
    }

    /// <summary>The largest file <c>verifikasi</c> reads (a published LKjIP is a few megabytes).</summary>
    private const long UkuranVerifikasiMaksimum = 200L * 1024 * 1024;

    private static Command CreateVerifikasi(CliContext context)
    {
        var berkas = new Option<string>("--file") { Description = "Berkas yang diperiksa (docx, pdf, html atau xlsx Laporan Kinerja)." };
        var command = new Command("verifikasi", "Memeriksa apakah berkas sama persis dengan Laporan Kinerja yang diterbitkan di Sakip (SHA-256); keluar 0 bila asli, 1 bila tidak.") { berkas };
        command.SetAction(async (parse, ct) =>
        {
            var jalur = parse.GetValue(berkas);
            if (string.IsNullOrWhiteSpace(jalur))
            {
                return await context.GagalAsync("sebutkan berkasnya dengan --file.", SakipCli.GagalPerintah);
            }

            var info = new FileInfo(jalur);
            if (!info.Exists)
            {
                return await context.GagalAsync($"berkas '{jalur}' tidak ditemukan.", SakipCli.GagalPerintah);
            }

            if (info.Length > UkuranVerifikasiMaksimum)
            {
                return await context.GagalAsync($"berkas '{jalur}' lebih dari 200 MB; itu bukan Laporan Kinerja terbitan Sakip.");
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var hasil = await scope.ServiceProvider.GetRequiredService<App.Features.Laporan.VerifyDokumen.Handler>().HandleAsync(new App.Features.Laporan.VerifyDokumen.Query(await File.ReadAllBytesAsync(jalur, ct)), ct);
            if (hasil.Nilai is not { } h)
            {
                return await context.GagalAsync(hasil.Kegagalan!);
            }

            await context.Output.WriteLineAsync(h.Pesan);
            await context.Output.WriteLineAsync($"SHA-256 berkas: {h.Sha256}");
            return h.Asli ? SakipCli.Sukses : SakipCli.GagalProses;
        });
        return command;
    }

    /// <summary>A document of a satker-year (the RKT, the Manual IKU, a quarter's capaian), with any options of its own.</summary>
    private static Command CreateSatkerTahun(CliContext context, string nama, string uraian, Func<IServiceProvider, string, int, string?, ParseResult, CancellationToken, Task<App.Jawaban<App.Dokumen.BerkasDokumen>>> buat, params Option[] lain)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker, misalnya 1871." };
        var tahun = new Option<string>("--tahun") { Description = "Tahun, misalnya 2024." };
        var format = new Option<string>("--format") { Description = "docx (bawaan), pdf (dicetak Chromium), html, atau xlsx (tabel-tabelnya).", DefaultValueFactory = _ => "docx" };
        var keluar = new Option<string>("--output", "-o") { Description = "Berkas yang ditulis; bila kosong, nama berkas bawaan di folder ini." };
        var command = new Command(nama, uraian) { satker, tahun, format, keluar };
        foreach (var o in lain)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            if (await SatkerTahunAsync(context, parse.GetValue(satker), parse.GetValue(tahun)) is not (string kodeSatker, int t))
            {
                return SakipCli.GagalPerintah;
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            return await TulisAsync(context, await buat(scope.ServiceProvider, kodeSatker, t, parse.GetValue(format), parse, ct), parse.GetValue(keluar), ct);
        });
        return command;
    }

    private static Command CreateLkjip(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker, misalnya 1871." };
        var tahun = new Option<string>("--tahun") { Description = "Tahun yang dilaporkan, misalnya 2024." };
        var pk = new Option<string?>("--pk") { Description = "Kode Perjanjian Kinerja bila satker memiliki lebih dari satu." };
        var format = new Option<string>("--format") { Description = "docx (bawaan), pdf (dicetak Chromium), html, atau xlsx (tabel-tabelnya).", DefaultValueFactory = _ => "docx" };
        var keluar = new Option<string>("--output", "-o") { Description = "Berkas yang ditulis (dengan --semua: folder); bila kosong, nama berkas bawaan di folder ini." };
        var semua = new Option<bool>("--semua") { Description = "LKjIP setiap satker yang memiliki Perjanjian Kinerja bertanda tangan pada tahun itu, dibuat paralel ke folder --output." };
        var command = new Command("lkjip", "Laporan Kinerja (LKjIP) satker setahun, disusun dari data: setiap angka sama dengan dasbor capaian.") { satker, tahun, pk, format, keluar, semua };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(semua))
            {
                return await SemuaAsync(context, parse.GetValue(tahun), parse.GetValue(format), parse.GetValue(keluar), ct);
            }

            if (await SatkerTahunAsync(context, parse.GetValue(satker), parse.GetValue(tahun)) is not (string kodeSatker, int t))
            {
                return SakipCli.GagalPerintah;
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<GenerateDokumenLkjip.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenLkjip.Query(kodeSatker, t, parse.GetValue(format), parse.GetValue(pk)), ct);
            return await TulisAsync(context, jawaban, parse.GetValue(keluar), ct);
        });
        return command;
    }

    /// <summary>
    /// The LKjIP of every satker with a signed PK that year, into one folder, in parallel (one scope
    /// and database connection per worker, as many workers as cores); a line of progress every 25
    /// satker; a satker whose report fails is named and the others go on; exit 1 when any failed.
    /// </summary>
    private static async Task<int> SemuaAsync(CliContext context, string? tahunTeks, string? format, string? folder, CancellationToken ct)
    {
        if (await SatkerTahunAsync(context, "semua", tahunTeks) is not (_, int t))
        {
            return SakipCli.GagalPerintah;
        }

        if (App.Dokumen.BerkasDokumen.Format(format) is null)
        {
            return await context.GagalAsync(App.Dokumen.BerkasDokumen.FormatTidakDikenal(format));
        }

        var tujuan = string.IsNullOrWhiteSpace(folder) ? $"lkjip-{t}" : folder;
        Directory.CreateDirectory(tujuan);
        List<string> kodes;
        await using (var scope = context.CreateScope())
        {
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var db = scope.ServiceProvider.GetRequiredService<App.Data.SakipDbContext>();
            kodes = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.PerjanjianKinerjas.Where(p => p.Tahun == t && p.Status == App.Entities.StatusPerjanjianKinerja.Ditandatangani).Select(p => p.Satker.Kode).Distinct().OrderBy(k => k), ct);
        }

        var mulai = System.Diagnostics.Stopwatch.StartNew();
        int selesai = 0;
        var gagal = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(kodes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, async (kode, token) =>
        {
            await using var scope = context.CreateScope();
            var jawaban = await scope.ServiceProvider.GetRequiredService<GenerateDokumenLkjip.Handler>().HandleAsync(AksesPengguna.Sistem, new GenerateDokumenLkjip.Query(kode, t, format), token);
            if (jawaban.Nilai is { } berkas)
            {
                await File.WriteAllBytesAsync(Path.Combine(tujuan, berkas.NamaBerkas), berkas.Isi, token);
            }
            else
            {
                gagal.Add($"{kode}: {jawaban.Pesan}");
            }

            if (Interlocked.Increment(ref selesai) % 25 == 0)
            {
                lock (context.Output)
                {
                    context.Output.WriteLine($"{selesai} dari {kodes.Count} satker ({mulai.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("id-ID"))} detik)");
                }
            }
        });

        foreach (var g in gagal.Order(StringComparer.Ordinal))
        {
            await context.Error.WriteLineAsync("Gagal " + g);
        }

        await context.Output.WriteLineAsync($"LKjIP {t}: {kodes.Count - gagal.Count} dari {kodes.Count} satker ditulis ke {tujuan} dalam {mulai.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("id-ID"))} detik.");
        return gagal.IsEmpty ? SakipCli.Sukses : SakipCli.GagalProses;
    }

    /// <summary>The satker and year options checked; null (after saying why) when either is wrong.</summary>
    private static async Task<(string, int)?> SatkerTahunAsync(CliContext context, string? kodeSatker, string? tahunTeks)
    {
        if (string.IsNullOrWhiteSpace(kodeSatker))
        {
            await context.GagalAsync("opsi '--satker' wajib diisi, misalnya --satker 1871.", SakipCli.GagalPerintah);
            return null;
        }

        if (!int.TryParse(tahunTeks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t is < 2000 or > 2100)
        {
            await context.GagalAsync($"opsi '--tahun' harus tahun empat angka, misalnya 2024; tertulis '{tahunTeks}'.", SakipCli.GagalPerintah);
            return null;
        }

        return (kodeSatker.Trim(), t);
    }

    /// <summary>Writes the document to the path given, or under its own name here.</summary>
    private static async Task<int> TulisAsync(CliContext context, App.Jawaban<App.Dokumen.BerkasDokumen> jawaban, string? keluar, CancellationToken ct)
    {
        if (jawaban.Nilai is not { } berkas)
        {
            return await context.GagalAsync(jawaban.Kegagalan!);
        }

        var jalur = string.IsNullOrWhiteSpace(keluar) ? berkas.NamaBerkas : keluar;
        await File.WriteAllBytesAsync(jalur, berkas.Isi, ct);
        await context.Output.WriteLineAsync($"Ditulis {jalur} ({berkas.Isi.Length.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} bita).");
        return SakipCli.Sukses;
    }

    /// <summary>A document of the PK in force of a satker-year (the agreement, its Rencana Aksi), chosen with --pk when there are several.</summary>
    private static Command CreatePk(CliContext context, string nama, string uraian, Func<IServiceProvider, int, string?, CancellationToken, Task<App.Jawaban<App.Dokumen.BerkasDokumen>>> buat)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker, misalnya 1871." };
        var tahun = new Option<string>("--tahun") { Description = "Tahun Perjanjian Kinerja, misalnya 2024." };
        var pk = new Option<string?>("--pk") { Description = "Kode Perjanjian Kinerja bila satker memiliki lebih dari satu (mis. KETUA, SEKRETARIS)." };
        var format = new Option<string>("--format") { Description = "docx (bawaan), pdf (dicetak Chromium), html, atau xlsx (tabel-tabelnya).", DefaultValueFactory = _ => "docx" };
        var keluar = new Option<string>("--output", "-o") { Description = "Berkas yang ditulis; bila kosong, nama berkas bawaan di folder ini." };
        var command = new Command(nama, uraian) { satker, tahun, pk, format, keluar };
        command.SetAction(async (parse, ct) =>
        {
            if (await SatkerTahunAsync(context, parse.GetValue(satker), parse.GetValue(tahun)) is not (string kodeSatker, int t))
            {
                return SakipCli.GagalPerintah;
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var daftar = await scope.ServiceProvider.GetRequiredService<ListPerjanjianKinerja.Handler>().HandleAsync(AksesPengguna.Sistem, new ListPerjanjianKinerja.Query(kodeSatker, t), ct);
            if (daftar.Nilai is not { } versi)
            {
                return await context.GagalAsync(daftar.Kegagalan!);
            }

            var kode = parse.GetValue(pk)?.Trim();
            var berlaku = versi.Versis.Where(v => v.Berlaku && (kode is null || string.Equals(v.Kode, kode, StringComparison.OrdinalIgnoreCase))).ToList();
            if (berlaku.Count != 1)
            {
                return await context.GagalAsync(berlaku.Count == 0
                    ? $"tidak ada Perjanjian Kinerja {(kode is null ? string.Empty : $"'{kode}' ")}tahun {t} yang berlaku pada {versi.NamaSatker}."
                    : $"{versi.NamaSatker} memiliki {berlaku.Count} Perjanjian Kinerja tahun {t} ({string.Join(", ", berlaku.Select(v => v.Kode))}); pilih satu dengan --pk.");
            }

            var jawaban = await buat(scope.ServiceProvider, berlaku[0].Id, parse.GetValue(format), ct);
            return await TulisAsync(context, jawaban, parse.GetValue(keluar), ct);
        });
        return command;
    }
}
