using System.CommandLine;
using System.Text.Json;
using Sakip.App.Evaluasi;
using Sakip.App.Features.Evaluasi;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip evaluasi hitung</c> computes an AKIP evaluation from a CSV of answers without a
/// database; <c>sakip evaluasi templat periksa</c> checks an LKE template file before it is used.
/// </summary>
internal static class EvaluasiCommand
{
    public static Command Create(CliContext context)
    {
        var satker = new Option<string?>("--satker") { Description = "Kode satker yang evaluasinya ditampilkan, misalnya 1871." };
        var tahun = new Option<string?>("--tahun") { Description = "Tahun evaluasi, misalnya 2024." };
        var format = new Option<string>("--format") { Description = "table (bawaan) atau json.", DefaultValueFactory = _ => "table" };
        var command = new Command("evaluasi", "Evaluasi AKIP (PermenPANRB 88/2021): menampilkan evaluasi tersimpan (--satker, --tahun), menghitung nilai dari jawaban LKE, memeriksa templat LKE.")
        {
            satker, tahun, format,
            CreateHitung(context),
            CreateImpor(context),
            new Command("templat", "Templat LKE.") { CreatePeriksa(context), CreateImporTemplat(context) },
        };
        command.SetAction(async (parse, ct) =>
        {
            var kodeSatker = parse.GetValue(satker);
            var tahunTeks = parse.GetValue(tahun);
            if (string.IsNullOrWhiteSpace(kodeSatker))
            {
                return await context.GagalAsync("opsi '--satker' wajib diisi, misalnya --satker 1871 (atau gunakan subperintah 'hitung' dan 'templat').", SakipCli.GagalPerintah);
            }

            if (!int.TryParse(tahunTeks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t) || t is < 2000 or > 2100)
            {
                return await context.GagalAsync($"opsi '--tahun' harus tahun empat angka, misalnya 2024; tertulis '{tahunTeks}'.", SakipCli.GagalPerintah);
            }

            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("json" or "table"))
            {
                return await context.GagalAsync($"opsi '--format' harus table atau json; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var jawaban = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<GetEvaluasiAkip.Handler>(scope.ServiceProvider)
                .HandleAsync(App.Keamanan.AksesPengguna.Sistem, new GetEvaluasiAkip.Query(kodeSatker.Trim(), t), ct);
            if (jawaban.Nilai is not { } d)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            if (!d.Ada)
            {
                return await context.GagalAsync($"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} belum dibuka.");
            }

            if (fmt == "json")
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(
                    new
                    {
                        satker = d.KodeSatker,
                        tahun = d.Tahun,
                        templat = d.KodeTemplat,
                        metode = d.Metode == MetodePenilaian.PerKriteria ? "kriteria" : "subkomponen",
                        nilaiAkhir = CapaianCommand.Bulat(d.NilaiAkhir),
                        predikatAkhir = d.PredikatAkhir?.ToString(),
                        putaran = d.Putarans.Select(p => new { putaran = p.Judul, diajukan = p.Diajukan, belumDijawab = p.JumlahBelum, hasil = p.Nilai is { } h ? KeJson(h) : null }),
                        tercetak = d.Tercetak is { } c ? new
                        {
                            sumber = c.Sumber,
                            komponen = c.Komponens.Select(k => new { nama = k.Nama, bobot = k.Bobot, nilai = k.Nilai, huruf = k.Huruf }),
                            nilai = c.Total,
                            predikat = c.Predikat,
                            temuan = c.Temuan,
                        }
                        : null,
                    },
                    CapaianCommand.Json));
                return SakipCli.Sukses;
            }

            await context.Output.WriteLineAsync($"{d.NamaSatker} ({d.KodeSatker}), evaluasi SAKIP tahun {d.Tahun}");
            foreach (var p in d.Putarans)
            {
                await context.Output.WriteLineAsync($"- {p.Judul}: {p.Diajukan ?? "terbuka"}; {(p.Nilai is { } h ? $"nilai {FormatIndonesia.Angka(h.Total)} ({h.Predikat})" : $"{p.JumlahBelum} belum dijawab")}");
            }

            if (d.Tercetak is { } cetak)
            {
                await TulisTercetakAsync(context, cetak);
            }

            if (d.Putarans.LastOrDefault(p => p.Nilai is not null)?.Nilai is { } terakhir)
            {
                TulisTabel(context.Output, App.Evaluasi.TemplatLkeJson.Bawaan(d.KodeTemplat).Nilai!, terakhir);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateHitung(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "Berkas CSV dengan kepala kolom kode,jawaban (atau kode,jawaban,tahun_dipertahankan).", Required = true };
        var templat = new Option<string?>("--templat") { Description = $"Templat LKE: {string.Join(" (bawaan), ", TemplatLkeJson.KodeBawaan)}." };
        var metode = new Option<string?>("--metode") { Description = "kriteria (bawaan: jawaban AA..E per kriteria) atau subkomponen (persentase kriteria terpenuhi per subkomponen)." };
        var format = new Option<string>("--format") { Description = "json (bawaan) atau table.", DefaultValueFactory = _ => "json" };
        var command = new Command("hitung", "Menghitung nilai evaluasi AKIP dari berkas jawaban tanpa basis data.") { input, templat, metode, format };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(input)!;
            var fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("json" or "table"))
            {
                return await context.GagalAsync($"opsi '--format' harus json atau table; tertulis '{fmt}'.", SakipCli.GagalPerintah);
            }

            if (!File.Exists(path))
            {
                return await context.GagalAsync($"berkas '{path}' tidak ditemukan.");
            }

            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            var jawaban = await new CalculateEvaluasiRows.Handler().HandleAsync(new CalculateEvaluasiRows.Query(reader, parse.GetValue(templat), parse.GetValue(metode)), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Pesan!, SakipCli.GagalPerintah);
            }

            foreach (var e in hasil.KesalahanBaris)
            {
                await context.Error.WriteLineAsync($"Kesalahan {Path.GetFileName(path)}, {e}");
            }

            foreach (var e in hasil.Kesalahans)
            {
                await context.Error.WriteLineAsync($"Kesalahan {Path.GetFileName(path)}: {e}");
            }

            if (hasil.Evaluasi is not { } ev)
            {
                await context.Error.WriteLineAsync("Nilai evaluasi tidak dihitung.");
                return SakipCli.GagalProses;
            }

            if (fmt == "json")
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(KeJson(ev), CapaianCommand.Json));
            }
            else
            {
                TulisTabel(context.Output, hasil.Templat, ev);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateImpor(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker yang dievaluasi, misalnya 1871.", Required = true };
        var tahun = new Option<int>("--tahun") { Description = "Tahun evaluasi, misalnya 2023.", Required = true };
        var hasil = new Option<string>("--hasil") { Description = "CSV nilai tercetak: komponen,nilai,huruf (satu baris per komponen dan satu baris total).", Required = true };
        var rekomendasi = new Option<string?>("--rekomendasi") { Description = "CSV rekomendasi: komponen,rekomendasi (boleh ditambah unit, tindak_lanjut, status)." };
        var sumber = new Option<string>("--sumber") { Description = "Dokumen sumber nilai, misalnya \"LKjIP 2024, Tabel 20\".", Required = true };
        var templat = new Option<string?>("--templat") { Description = $"Templat LKE yang dipakai evaluasi itu: {string.Join(", ", TemplatLkeJson.KodeBawaan)}." };
        var command = new Command("impor", "Mencatat evaluasi SAKIP tahun lalu sebagaimana tercetak (nilai komponen, total, rekomendasi) dan memeriksa konsistensinya.") { satker, tahun, hasil, rekomendasi, sumber, templat };
        command.SetAction(async (parse, ct) =>
        {
            var berkas = new[] { parse.GetValue(hasil)!, parse.GetValue(rekomendasi) }.Where(b => b is not null).Cast<string>().ToList();
            if (berkas.FirstOrDefault(b => !File.Exists(b)) is { } hilang)
            {
                return await context.GagalAsync($"berkas '{hilang}' tidak ditemukan.");
            }

            if (berkas.FirstOrDefault(b => new FileInfo(b).Length > ImportEvaluasiTercetak.UkuranMaksimum) is { } besar)
            {
                return await context.GagalAsync($"berkas '{besar}' lebih besar dari {ImportEvaluasiTercetak.UkuranMaksimum / 1024} KB.");
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var kodeSatker = parse.GetValue(satker)!.Trim();
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<App.Data.SakipDbContext>(scope.ServiceProvider);
            var satkerId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.Satkers.Where(s => s.Kode == kodeSatker).Select(s => (int?)s.Id), ct);
            if (satkerId is null)
            {
                return await context.GagalAsync($"satker '{kodeSatker}' tidak ditemukan.");
            }

            var pathRekomendasi = parse.GetValue(rekomendasi);
            var c = new ImportEvaluasiTercetak.Command(
                kodeSatker,
                parse.GetValue(tahun),
                parse.GetValue(sumber),
                Path.GetFileName(parse.GetValue(hasil)!),
                await File.ReadAllBytesAsync(parse.GetValue(hasil)!, ct),
                parse.GetValue(templat),
                pathRekomendasi is null ? null : Path.GetFileName(pathRekomendasi),
                pathRekomendasi is null ? null : await File.ReadAllBytesAsync(pathRekomendasi, ct));
            var jawaban = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ImportEvaluasiTercetak.Handler>(scope.ServiceProvider)
                .HandleAsync(App.Keamanan.AksesPengguna.PekerjaanSistem(satkerId.Value, App.Entities.Peran.Evaluator), c, ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"Evaluasi SAKIP {h.KodeSatker} tahun {h.Tahun} {(h.Mengganti ? "diganti" : "dicatat")}: nilai tercetak {FormatIndonesia.Angka(h.Nilai)}, {h.JumlahRekomendasi} rekomendasi.");
            foreach (var t in h.Temuan)
            {
                await context.Output.WriteLineAsync("Temuan: " + t);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static async Task TulisTercetakAsync(CliContext context, GetEvaluasiAkip.Cetakan c)
    {
        var console = CapaianCommand.Konsol(context.Output);
        console.WriteLine($"Nilai tercetak pada {c.Sumber}");
        var table = new Table().AddColumns("Komponen", "Bobot", "Nilai", "Huruf");
        foreach (var k in c.Komponens)
        {
            table.AddRow(Markup.Escape(k.Nama), FormatIndonesia.AngkaRingkas(k.Bobot), FormatIndonesia.Angka(k.Nilai), Markup.Escape(k.Huruf ?? string.Empty));
        }

        table.AddRow("NILAI EVALUASI", "100", FormatIndonesia.Angka(c.Total), Markup.Escape(c.Predikat ?? string.Empty));
        console.Write(table);
        foreach (var t in c.Temuan)
        {
            await context.Output.WriteLineAsync("Temuan: " + t);
        }
    }

    private static Command CreateImporTemplat(CliContext context)
    {
        var file = new Option<string>("--file") { Description = "Berkas JSON templat LKE (format src/Sakip.App/Evaluasi/Templat/).", Required = true };
        var command = new Command("impor", "Menyimpan templat LKE ke basis data sesudah diperiksa; evaluasi yang dibuka kemudian dapat memakainya.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return await context.GagalAsync($"berkas '{path}' tidak ditemukan.");
            }

            if (new FileInfo(path).Length > ImportTemplatLke.UkuranMaksimum)
            {
                return await context.GagalAsync($"berkas '{path}' lebih besar dari {ImportTemplatLke.UkuranMaksimum / 1024 / 1024} MB.");
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<App.Data.SakipDbContext>(scope.ServiceProvider);
            var akar = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Satkers.Where(s => s.IndukId == null).OrderBy(s => s.Id).Select(s => (int?)s.Id), ct);
            if (akar is null)
            {
                return await context.GagalAsync("belum ada satker; muat data satker (misalnya 'sakip demo load') sebelum menyimpan templat.");
            }

            var jawaban = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ImportTemplatLke.Handler>(scope.ServiceProvider)
                .HandleAsync(App.Keamanan.AksesPengguna.PekerjaanSistem(akar.Value, App.Entities.Peran.Administrator), new ImportTemplatLke.Command(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct)), ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"Templat {h.Kode} {(h.Mengganti ? "diganti" : "disimpan")}: {h.JumlahKriteria} kriteria.");
            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreatePeriksa(CliContext context)
    {
        var file = new Option<string>("--file") { Description = "Berkas JSON templat LKE.", Required = true };
        var command = new Command("periksa", "Memeriksa berkas templat LKE (bobot, kode, skala) tanpa menyimpannya.") { file };
        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return await context.GagalAsync($"berkas '{path}' tidak ditemukan.");
            }

            await using var aliran = File.OpenRead(path);
            var templat = TemplatLkeJson.Baca(aliran, Path.GetFileName(path));
            if (templat.Nilai is not { } t)
            {
                foreach (var k in templat.Kesalahans)
                {
                    await context.Error.WriteLineAsync("Kesalahan " + k.Pesan);
                }

                return SakipCli.GagalProses;
            }

            await context.Output.WriteLineAsync($"Templat {t.Kode} sah: {t.Komponens.Count} komponen, {t.SemuaSubKomponen.Count()} subkomponen, {t.SemuaKriteria.Count()} kriteria.");
            return SakipCli.Sukses;
        });
        return command;
    }

    private static object KeJson(HasilEvaluasiAkip e) => new
    {
        templat = e.KodeTemplat,
        metode = e.Metode == MetodePenilaian.PerKriteria ? "kriteria" : "subkomponen",
        nilai = CapaianCommand.Bulat(e.Total),
        predikat = e.Predikat.ToString(),
        sebutan = e.Predikat.Sebutan(),
        komponen = e.Komponens.Select(k => new
        {
            kode = k.Komponen.Kode,
            nama = k.Komponen.Nama,
            bobot = k.Komponen.Bobot,
            nilai = CapaianCommand.Bulat(k.Nilai),
            persenBobot = CapaianCommand.Bulat(k.Persen),
            huruf = k.Huruf.ToString(),
            skalaHuruf = PenilaianLke.SkalaHurufKomponen,
            subkomponen = k.SubKomponens.Select(s => new
            {
                kode = s.SubKomponen.Kode,
                nama = s.SubKomponen.Nama,
                bobot = s.SubKomponen.Bobot,
                nilai = CapaianCommand.Bulat(s.Nilai),
                persen = CapaianCommand.Bulat(s.Persen),
                huruf = s.Huruf,
            }),
        }),
    };

    private static void TulisTabel(TextWriter writer, TemplatLke t, HasilEvaluasiAkip e)
    {
        var console = CapaianCommand.Konsol(writer);
        console.WriteLine($"{t.Nama}; metode {(e.Metode == MetodePenilaian.PerKriteria ? "per kriteria" : "per subkomponen")}");
        var table = new Table().AddColumns("Kode", "Komponen / subkomponen", "Bobot", "Nilai", "% bobot", "Huruf");
        foreach (var k in e.Komponens)
        {
            table.AddRow(Markup.Escape(k.Komponen.Kode), Markup.Escape(k.Komponen.Nama), FormatIndonesia.AngkaRingkas(k.Komponen.Bobot), FormatIndonesia.Angka(k.Nilai), FormatIndonesia.Persen(k.Persen), k.Huruf.ToString());
            foreach (var s in k.SubKomponens)
            {
                table.AddRow(Markup.Escape(s.SubKomponen.Kode), Markup.Escape(TeksSingkat(s.SubKomponen.Nama)), FormatIndonesia.AngkaRingkas(s.SubKomponen.Bobot), FormatIndonesia.Angka(s.Nilai), FormatIndonesia.Persen(s.Persen), s.Huruf ?? string.Empty);
            }
        }

        table.AddRow(string.Empty, "NILAI EVALUASI", "100", FormatIndonesia.Angka(e.Total), string.Empty, e.Predikat.ToString());
        console.Write(table);
        console.WriteLine($"Predikat {e.Predikat} ({e.Predikat.Sebutan()}). Huruf komponen menurut {PenilaianLke.SkalaHurufKomponen}.");
    }

    private static string TeksSingkat(string teks) => teks.Length <= 70 ? teks : teks[..69] + "…";
}
