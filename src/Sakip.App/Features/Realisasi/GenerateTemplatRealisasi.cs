using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Features.Capaian;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

using static Sakip.App.Import.TemplatRealisasi.TataLetakTemplat;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The realisasi workbook of a PK, shared by its download and its upload: one row per indicator
/// (one per variable for a formula indicator), one column per month, where a quarter, semester or
/// year is entered in the column of its last month. A very hidden sheet names the satker, year,
/// agreement and version the workbook was made for, so an upload is matched to what it was made
/// from and a workbook made for something else is refused.
/// </summary>
public static class GenerateTemplatRealisasi
{

    /// <summary>
    /// Loads the signed agreement in force at the end of the year (or the one named by its code)
    /// after checking that the user may read the satker, and fill it when <paramref name="untukMengisi"/>.
    /// </summary>
    internal static async Task<Jawaban<KeadaanPerjanjian>> MuatAsync(SakipDbContext db, AksesPengguna pelaku, string kodeSatker, int tahun, string? kodePerjanjian, bool untukMengisi, CancellationToken ct)
    {
        var boleh = await Izin.SatkerAsync(db, pelaku, kodeSatker, untukMengisi ? Tindakan.MengisiRealisasi : Tindakan.Membaca, ct);
        if (boleh.Nilai is not { } satker)
        {
            return boleh.Kegagalan!;
        }

        var versi = await PengukuranKinerja.MuatAsync(db, satker.Id, tahun, ct);
        var berlaku = Entities.PerjanjianKinerja.YangBerlaku(versi, new DateOnly(tahun, 12, 31));
        var pk = kodePerjanjian is null ? berlaku.FirstOrDefault() : berlaku.FirstOrDefault(p => p.Kode == kodePerjanjian);
        if (pk is null)
        {
            return Gagal.TidakDitemukan($"Belum ada Perjanjian Kinerja tahun {tahun} untuk {satker.Nama}.");
        }

        if (pk.Status != StatusPerjanjianKinerja.Ditandatangani)
        {
            return Gagal.TidakSah("Realisasi hanya dapat diisi untuk Perjanjian Kinerja yang sudah ditandatangani.");
        }

        var tertutup = await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == tahun).ToListAsync(ct);
        pk.Satker = satker;
        return Jawaban<KeadaanPerjanjian>.Dari(new KeadaanPerjanjian(
            satker,
            pk,
            [.. pk.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan))],
            PengukuranKinerja.RealisasiPerKode(pk, versi),
            [.. tertutup.Select(t => t.Periode)]));
    }

    /// <summary>What the unit column says: the unit, the grade scale, or that a date is wanted.</summary>
    private static string KeteranganSatuan(IndikatorKinerja ind) => ind.JenisTarget switch
    {
        JenisTarget.Predikat => $"predikat ({string.Join(", ", ind.SkalaPredikatnya().Predikats.Select(p => p.Kode))})",
        JenisTarget.Milestone => "tanggal selesai (hh/bb/tttt)",
        _ => ind.Satuan ?? string.Empty,
    };

    private static string LabelPeriodisitas(JenisPeriode j) => j switch
    {
        JenisPeriode.Bulan => "bulanan",
        JenisPeriode.Triwulan => "triwulanan",
        JenisPeriode.Semester => "semesteran",
        _ => "tahunan",
    };

    /// <summary>The value a cell shows for a stored realisasi (a variable's value for a variable row).</summary>
    private static SelTulis NilaiSel(IndikatorKinerja ind, RealisasiKinerja? r, string? variabel, GayaSel gaya)
    {
        if (r is null)
        {
            return new SelTulis(null, null, gaya);
        }

        if (variabel is not null)
        {
            return new SelTulis(null, r.Variabels.FirstOrDefault(v => v.Nama == variabel)?.Nilai, gaya);
        }

        return ind.JenisTarget switch
        {
            JenisTarget.Predikat => new SelTulis(r.Predikat, null, gaya),
            JenisTarget.Milestone => new SelTulis(r.Selesai == true ? r.TanggalSelesai?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null, null, gaya),
            _ => new SelTulis(null, r.Variabels.Count > 0 ? null : r.Nilai, gaya),
        };
    }

    /// <summary>The workbook of an agreement, filled with what is stored; locked and inapplicable cells are grey.</summary>
    internal static byte[] Tulis(KeadaanPerjanjian k)
    {
        var lembar = new LembarTulis(NamaLembar) { BekukanDi = "C" + (BarisJudulKolom + 1).ToString(CultureInfo.InvariantCulture), Dilindungi = true };
        lembar.Baris(new SelTulis($"Realisasi kinerja {k.Satker.Nama} tahun {k.Pk.Tahun}", null, GayaSel.JudulLembar));
        lembar.Baris(new SelTulis($"{k.Pk.Judul} (versi {k.Pk.Versi})", null));
        lembar.Baris(new SelTulis("Isi sel putih saja. Angka boleh ditulis cara Indonesia (1.234,5 atau 98,5 %). Triwulan, semester dan tahun diisi pada kolom bulan terakhirnya. Sel kosong tidak mengubah data.", null));
        lembar.Baris(new SelTulis("Sel abu-abu tidak berlaku untuk indikator itu, atau periodenya sudah terkunci (diajukan, diverifikasi, atau ditutup). Bukti dan analisis diisi di halaman Realisasi.", null));
        lembar.Baris([.. JudulKolom.Select(j => new SelTulis(j, null, GayaSel.Judul))]);
        foreach (var ind in k.Indikators)
        {
            var variabels = Variabels(ind);
            foreach (var variabel in variabels.Count == 0 ? [null] : variabels.Select(v => (string?)v))
            {
                var sels = new List<SelTulis>
                {
                    new(ind.Kode, null, GayaSel.Bungkus),
                    new(ind.Uraian, null, GayaSel.Bungkus),
                    new(variabel, null, GayaSel.Bungkus),
                    new(variabel is null ? KeteranganSatuan(ind) : "angka", null, GayaSel.Bungkus),
                    new(ind.TargetTeks(), null, GayaSel.Bungkus),
                    new(LabelPeriodisitas(ind.Periodisitas), null, GayaSel.Bungkus),
                };
                var perKolom = Periode.SemuaDalam(k.Pk.Tahun, ind.Periodisitas).ToDictionary(KolomPeriode);
                for (var kolom = KolomBulanPertama; kolom < KolomBulanPertama + 12; kolom++)
                {
                    if (!perKolom.TryGetValue(kolom, out var p))
                    {
                        sels.Add(new SelTulis(null, null, GayaSel.TidakBerlaku));
                        continue;
                    }

                    var r = k.Realisasi(ind, p.Nomor);
                    sels.Add(NilaiSel(ind, r, variabel, k.Terkunci(r, p) is null ? GayaSel.Isian : GayaSel.TidakBerlaku));
                }

                lembar.Baris([.. sels]);
            }
        }

        lembar.LebarKolom.AddRange([8, 48, 14, 16, 14, 13, .. Enumerable.Repeat(11d, 12)]);
        var data = new LembarTulis(NamaLembarData) { SangatTersembunyi = true }
            .Baris(new SelTulis("templat", null), new SelTulis(Penanda, null))
            .Baris(new SelTulis("satker", null), new SelTulis(k.Satker.Kode, null))
            .Baris(new SelTulis("tahun", null), new SelTulis(null, k.Pk.Tahun))
            .Baris(new SelTulis("perjanjian", null), new SelTulis(k.Pk.Kode, null))
            .Baris(new SelTulis("versi", null), new SelTulis(null, k.Pk.Versi));
        return BukuKerjaXlsx.Tulis([lembar, data]);
    }

    /// <summary>A file to download.</summary>
    public sealed record Unduhan(string NamaBerkas, byte[] Isi);

    /// <summary>Downloads the workbook of the agreement in force (anyone who may read the satker).</summary>
    public sealed record Query(string KodeSatker, int Tahun, string? KodePerjanjian = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Unduhan>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var keadaan = await MuatAsync(db, pelaku, q.KodeSatker, q.Tahun, q.KodePerjanjian, untukMengisi: false, ct);
            if (!keadaan.Berhasil)
            {
                return keadaan.Kegagalan!;
            }

            var k = keadaan.Nilai!;
            return Jawaban<Unduhan>.Dari(new Unduhan($"realisasi-{k.Satker.Kode}-{k.Pk.Tahun}-{k.Pk.Kode}-v{k.Pk.Versi}.xlsx", Tulis(k)));
        }
    }
}
