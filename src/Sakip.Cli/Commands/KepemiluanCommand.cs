using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Import.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.App.Kepemiluan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip kepemiluan periksa --file data.csv</c> runs every check and roll-up of an
/// election-data file without a database, for a data officer before importing;
/// <c>sakip kepemiluan impor --satker 1871 --acara pilkada-2024 --kontes walikota-1871 --file data.csv</c>
/// imports it, with a progress bar on the error stream.
/// </summary>
internal static class KepemiluanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("kepemiluan", "Data kepemiluan: DPT, pengguna hak pilih, surat suara dan perolehan suara.")
        {
            CreatePeriksa(context),
            CreateImpor(context),
            CreateSintetis(context),
            CreateIkat(context),
            CreateKontes(context),
            CreateRiwayat(context),
        };
        return command;
    }

    private static Command CreatePeriksa(CliContext context)
    {
        var file = new Option<string>("--file") { Description = "Berkas CSV (UTF-8) atau XLSX dalam templat data kepemiluan.", Required = true };
        var jenis = new Option<string>("--jenis") { Description = "pemilu (cadangan surat suara 2 %, bawaan) atau pilkada (2,5 %).", DefaultValueFactory = _ => "pemilu" };
        var format = new Option<string>("--format") { Description = "table (bawaan) atau json.", DefaultValueFactory = _ => "table" };
        var label = new Option<string?>("--label") { Description = "Daftar kesalahan sisipan (kode_wilayah,aturan) dari 'sakip kepemiluan sintetis': temuan dicocokkan dengannya dan hasilnya dicetak ke aliran galat." };
        var command = new Command("periksa", "Memeriksa dan merekap berkas data kepemiluan tanpa basis data: partisipasi per wilayah dan setiap temuan.")
        {
            file, jenis, format, label,
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
            var rekap = RekapKepemiluan.HitungBertahap(barises, jenisPemilihan);
            if (pembaca.Kesalahans.Count > 0)
            {
                foreach (var k in pembaca.Kesalahans)
                {
                    await context.Error.WriteLineAsync("Kesalahan: " + k);
                }

                return SakipCli.GagalProses;
            }

            if (parse.GetValue(label) is { } pathLabel)
            {
                await context.Error.WriteLineAsync(NasionalSintetis.Cocokkan(rekap.Temuans.Select(t => (t.Kode.Kode, t.Aturan)), await File.ReadAllLinesAsync(pathLabel, ct)).ToString());
            }

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

    private static Command CreateKontes(CliContext context)
    {
        var acara = new Option<string>("--acara") { Description = "Kode acara, misalnya pilkada-2024.", Required = true };
        var namaAcara = new Option<string?>("--nama-acara") { Description = "Nama acara bila acara baru, misalnya \"Pemilihan Serentak 2024\"." };
        var jenis = new Option<string?>("--jenis") { Description = "pemilu atau pilkada, bila acara baru." };
        var tanggal = new Option<string?>("--tanggal") { Description = "Tanggal pemungutan suara bila acara baru, misalnya 2024-11-27." };
        var kontes = new Option<string>("--kontes") { Description = "Kode pemilihan dalam acara, misalnya bupati-1801.", Required = true };
        var nama = new Option<string>("--nama") { Description = "Nama pemilihan.", Required = true };
        var wilayah = new Option<string?>("--wilayah") { Description = "Kode wilayah penyelenggaraan (provinsi atau kabupaten/kota); kosong untuk pemilihan nasional." };
        var calon = new Option<string[]>("--calon") { Description = "Calon menurut nomor urut; ulangi untuk setiap calon.", AllowMultipleArgumentsPerToken = false, DefaultValueFactory = _ => [] };
        var command = new Command("kontes", "Mencatat pemilihan (dan acaranya bila baru) beserta calonnya; dilakukan atas nama KPU RI.")
        {
            acara, namaAcara, jenis, tanggal, kontes, nama, wilayah, calon,
        };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? hari = null;
            if (parse.GetValue(tanggal) is { } teks)
            {
                if (!DateOnly.TryParseExact(teks, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t))
                {
                    return await context.GagalAsync($"opsi '--tanggal' harus berbentuk 2024-11-27; tertulis '{teks}'.", SakipCli.GagalPerintah);
                }

                hari = t;
            }

            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            if (await BerkasSatker.SatkerIdAsync(scope, Satker.KodePusat, ct) is not { } pusat)
            {
                return await context.GagalAsync("satker KPU RI (00) belum ada; muat data satker lebih dulu.");
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<CreateKontesPemilu.Handler>().HandleAsync(
                AksesPengguna.PekerjaanSistem(pusat, Peran.Administrator),
                new CreateKontesPemilu.Command(parse.GetValue(acara)!, parse.GetValue(namaAcara), parse.GetValue(jenis), hari, parse.GetValue(kontes)!, parse.GetValue(nama)!, parse.GetValue(wilayah), parse.GetValue(calon)!),
                ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"Pemilihan {h.KodeKontes} dicatat pada acara {h.KodeAcara}{(h.AcaraBaru ? " (acara baru)" : string.Empty)}.");
            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateIkat(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker pemilik Perjanjian Kinerja, misalnya 1871.", Required = true };
        var tahun = new Option<int>("--tahun") { Description = "Tahun Perjanjian Kinerja.", Required = true };
        var indikator = new Option<string>("--indikator") { Description = "Kode indikator, misalnya 3.1.", Required = true };
        var variabel = new Option<string>("--variabel") { Description = "Variabel rumus indikator, misalnya pengguna.", Required = true };
        var acara = new Option<string?>("--acara") { Description = "Kode acara pemilihan; tanpa --acara ikatan variabel dilepas." };
        var kontes = new Option<string?>("--kontes") { Description = "Kode pemilihan dalam acara itu." };
        var wilayah = new Option<string?>("--wilayah") { Description = "Kode wilayah yang angkanya diambil, misalnya 1871." };
        var kolom = new Option<string?>("--kolom") { Description = "Kolom templat yang diambil: pengguna, dpt, dpk, pengguna_p, dpt_p, ..." };
        var command = new Command("ikat", "Mengikat variabel rumus indikator pada angka data kepemiluan; realisasinya dihitung ulang dari data.")
        {
            satker, tahun, indikator, variabel, acara, kontes, wilayah, kolom,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var kodeSatker = parse.GetValue(satker)!.Trim();
            if (await BerkasSatker.SatkerIdAsync(scope, kodeSatker, ct) is not { } satkerId)
            {
                return await context.GagalAsync($"satker '{kodeSatker}' tidak ditemukan.");
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<LinkIndikatorKepemiluan.Handler>().HandleAsync(
                AksesPengguna.PekerjaanSistem(satkerId, Peran.Operator),
                new LinkIndikatorKepemiluan.Command(kodeSatker, parse.GetValue(tahun), parse.GetValue(indikator)!, parse.GetValue(variabel)!, parse.GetValue(acara), parse.GetValue(kontes), parse.GetValue(wilayah), parse.GetValue(kolom)),
                ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"Indikator {h.Indikator}: variabel {parse.GetValue(variabel)} {(parse.GetValue(acara) is null ? "dilepas dari" : "diikat pada")} data kepemiluan.");
            foreach (var r in h.Realisasi)
            {
                await context.Output.WriteLineAsync(r);
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateSintetis(CliContext context)
    {
        var file = new Option<string>("--file") { Description = "Berkas CSV yang ditulis; daftar kesalahan sisipan ditulis ke <berkas>.label.csv.", Required = true };
        var provinsi = new Option<int>("--provinsi") { Description = "Berapa provinsi (1-38; bawaan 38 = seluruh negeri, 820.161 TPS).", DefaultValueFactory = _ => 38 };
        var benih = new Option<int>("--benih") { Description = "Benih acak; benih yang sama menulis berkas yang sama.", DefaultValueFactory = _ => 2024 };
        var command = new Command("sintetis", "Menulis data TPS sintetis berbentuk Pemilu 2024 nasional (dengan kesalahan sisipan yang tercatat) dalam templat data kepemiluan.")
        {
            file, provinsi, benih,
        };
        command.SetAction(async (parse, ct) =>
        {
            var jumlahProvinsi = parse.GetValue(provinsi);
            if (jumlahProvinsi is < 1 or > 38)
            {
                return await context.GagalAsync($"opsi '--provinsi' harus 1 sampai 38; tertulis {jumlahProvinsi}.", SakipCli.GagalPerintah);
            }

            var path = parse.GetValue(file)!;
            int jumlah;
            await using (var tulis = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16))
            await using (var label = new StreamWriter(path + ".label.csv", false, new System.Text.UTF8Encoding(false)))
            {
                jumlah = NasionalSintetis.Tulis(tulis, label, jumlahProvinsi, parse.GetValue(benih));
            }

            ct.ThrowIfCancellationRequested();
            await context.Output.WriteLineAsync($"{jumlah.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))} TPS dari {jumlahProvinsi} provinsi ditulis ke {path}; kesalahan sisipan di {path}.label.csv.");
            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateImpor(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker pemilik data, misalnya 1871.", Required = true };
        var acara = new Option<string>("--acara") { Description = "Kode acara pemilihan, misalnya pilkada-2024.", Required = true };
        var kontes = new Option<string?>("--kontes") { Description = "Kode pemilihan dalam acara itu, misalnya walikota-1871 (boleh dilewati bila acara hanya punya satu)." };
        var file = new Option<string>("--file") { Description = "Berkas CSV (UTF-8) atau XLSX dalam templat data kepemiluan.", Required = true };
        var label = new Option<string?>("--label") { Description = "Daftar kesalahan sisipan dari 'sakip kepemiluan sintetis': temuan yang tersimpan dicocokkan dengannya dan hasilnya dicetak ke aliran galat." };
        var command = new Command("impor", "Mengimpor data kepemiluan satker: memeriksa seluruh berkas lebih dulu, lalu menggantikan impor sebelumnya dalam satu transaksi.")
        {
            satker, acara, kontes, file, label,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var kodeSatker = parse.GetValue(satker)!.Trim();
            await using var scope = context.CreateScope();
            var (keluar, satkerId) = await BerkasSatker.PeriksaAsync(context, scope, path, PembacaDataKepemiluan.UkuranCsvMaksimum, $"{PembacaDataKepemiluan.UkuranCsvMaksimum / 1024 / 1024} MB; bagi per provinsi", kodeSatker, ct);
            if (keluar is { } k)
            {
                return k;
            }

            var bilah = new BilahKemajuan(context.Error, "Mengimpor " + Path.GetFileName(path));
            var jawaban = await scope.ServiceProvider.GetRequiredService<ImportDataKepemiluan.Handler>().HandleAsync(
                AksesPengguna.PekerjaanSistem(satkerId, Peran.Operator),
                new ImportDataKepemiluan.Command(kodeSatker, parse.GetValue(acara)!, parse.GetValue(kontes), Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct)) { Kemajuan = bilah },
                ct);
            bilah.Selesai();
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"{h.Kontes}: {h.JumlahBaris} baris {(h.Mengganti ? "menggantikan impor sebelumnya" : "diimpor")}; partisipasi {FormatIndonesia.PersenAtauKosong(h.Partisipasi)}; {h.JumlahKesalahan} kesalahan, {h.JumlahPeringatan} peringatan.");
            foreach (var r in h.Realisasi)
            {
                await context.Output.WriteLineAsync(r);
            }

            if (parse.GetValue(label) is { } pathLabel)
            {
                var temuans = await scope.ServiceProvider.GetRequiredService<SakipDbContext>().TemuanImporKepemiluans
                    .Where(t => t.ImporKepemiluanId == h.ImporId).Select(t => new { t.KodeWilayah, t.Aturan }).ToListAsync(ct);
                await context.Error.WriteLineAsync(NasionalSintetis.Cocokkan(temuans.Select(t => (t.KodeWilayah, t.Aturan)), await File.ReadAllLinesAsync(pathLabel, ct)).ToString());
            }

            return SakipCli.Sukses;
        });
        return command;
    }

    private static Command CreateRiwayat(CliContext context)
    {
        var satker = new Option<string>("--satker") { Description = "Kode satker pemilik riwayat, misalnya 1871.", Required = true };
        var file = new Option<string>("--file") { Description = $"Berkas CSV (UTF-8) berkepala {string.Join(",", ImportRiwayatPartisipasi.Kepala)}.", Required = true };
        var command = new Command("riwayat", "Mencatat partisipasi pemilihan sebelumnya sebagaimana tercetak dalam laporan yang pernah terbit (menggantikan riwayat satker), lalu memeriksanya.")
        {
            satker, file,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var kodeSatker = parse.GetValue(satker)!.Trim();
            await using var scope = context.CreateScope();
            var (keluar, satkerId) = await BerkasSatker.PeriksaAsync(context, scope, path, ImportRiwayatPartisipasi.UkuranMaksimum, $"{ImportRiwayatPartisipasi.UkuranMaksimum / 1024} KB", kodeSatker, ct);
            if (keluar is { } k)
            {
                return k;
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<ImportRiwayatPartisipasi.Handler>().HandleAsync(
                AksesPengguna.PekerjaanSistem(satkerId, Peran.Operator),
                new ImportRiwayatPartisipasi.Command(kodeSatker, Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct)),
                ct);
            if (jawaban.Nilai is not { } h)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"{h.JumlahBaris} pemilihan dicatat; {(h.Temuan.Count == 0 ? "semua angka sesuai" : $"{h.Temuan.Count} temuan")}.");
            foreach (var t in h.Temuan)
            {
                await context.Output.WriteLineAsync("  - " + t);
            }

            return SakipCli.Sukses;
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
            tabel.AddRow(kode.Bertitik, Markup.Escape(rekap.Nama(kode)), FormatIndonesia.JumlahAtauKosong(a.Nilai(KolomKepemiluan.Dpt)), FormatIndonesia.JumlahAtauKosong(a.Nilai(KolomKepemiluan.Pengguna)), FormatIndonesia.PersenAtauKosong(a.Partisipasi()), FormatIndonesia.PersenAtauKosong(a.PartisipasiL()), FormatIndonesia.PersenAtauKosong(a.PartisipasiP()), FormatIndonesia.PersenAtauKosong(a.PangsaDpk()));
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


}
