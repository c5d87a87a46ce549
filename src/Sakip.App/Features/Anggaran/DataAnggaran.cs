using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Anggaran;

/// <summary>A satker-year's budget data as read: every DIPA state, the one in force as a tree, the checks and the SIMONIKA reports.</summary>
/// <param name="Versis">Every state, DIPA awal first, each with its lines.</param>
/// <param name="Pohon">The DIPA in force as a tree; null when nothing is loaded.</param>
/// <param name="Temuan">The checks on the DIPA in force and on each revision's realisation.</param>
/// <param name="Simonika">The SIMONIKA reports recorded, by month.</param>
/// <param name="Kepatuhan">How the reports due stand.</param>
/// <param name="Perubahan">For each state, the lines whose pagu it moved from the state before (none for the DIPA awal).</param>
public sealed record DataAnggaranSatker(IReadOnlyList<VersiAnggaran> Versis, PohonAnggaran? Pohon, IReadOnlyList<TemuanAnggaran> Temuan, IReadOnlyList<LaporanSimonikaSatker> Simonika, KepatuhanSimonika Kepatuhan, IReadOnlyList<IReadOnlyList<PerubahanPagu>> Perubahan)
{
    /// <summary>The number of revisions (the states after the DIPA awal).</summary>
    public int JumlahRevisi => Versis.Count == 0 ? 0 : Versis[^1].Nomor;

    /// <summary>The state in force, or null.</summary>
    public VersiAnggaran? Berlaku => Versis.Count == 0 ? null : Versis[^1];
}

/// <summary>Reading a satker-year's budget data, and the indicators fed from it.</summary>
public static class DataAnggaran
{
    /// <summary>A revision's name for people: "DIPA awal", "revisi ke-3".</summary>
    public static string NamaVersi(VersiAnggaran v) => v.Nomor == 0 ? "DIPA awal" : $"revisi ke-{v.Nomor}";

    /// <summary>Reads everything of a satker-year: states, tree, checks and SIMONIKA.</summary>
    public static async Task<DataAnggaranSatker> BacaAsync(SakipDbContext db, int satkerId, int tahun, DateOnly hariIni, CancellationToken ct)
    {
        var versis = await db.VersiAnggarans.AsNoTracking().Include(v => v.Barises).Where(v => v.SatkerId == satkerId && v.Tahun == tahun).OrderBy(v => v.Nomor).AsSplitQuery().ToListAsync(ct);
        var pohons = versis.Select(v => PohonAnggaran.Susun([.. v.Barises.OrderBy(b => b.Urutan).Select(b => b.KeDomain())])).ToList();
        var temuan = new List<TemuanAnggaran>();
        var perubahan = new List<IReadOnlyList<PerubahanPagu>>();
        if (pohons.Count > 0)
        {
            temuan.AddRange(pohons[^1].Periksa());
            perubahan.Add([]);
            for (var i = 1; i < pohons.Count; i++)
            {
                // Realisation is kept on the DIPA in force; it is checked against each revision's date.
                perubahan.Add(PerubahanAnggaran.Bandingkan(pohons[i - 1], pohons[i]));
                temuan.AddRange(PerubahanAnggaran.RealisasiSebelumRevisi(pohons[i - 1], Dengan(pohons[i], pohons[^1]), versis[i].Tanggal, NamaVersi(versis[i])));
            }
        }

        var simonika = await db.LaporanSimonikas.AsNoTracking().Where(l => l.SatkerId == satkerId && l.Tahun == tahun).OrderBy(l => l.Bulan).ToListAsync(ct);
        var kepatuhan = KepatuhanSimonika.Hitung(tahun, simonika.Select(l => l.KeDomain()), hariIni);
        return new DataAnggaranSatker(versis, pohons.Count == 0 ? null : pohons[^1], temuan, simonika, kepatuhan, perubahan);
    }

    /// <summary>
    /// Recomputes the yearly realisasi of every indicator of the satker-year's PK bound to budget data
    /// (<see cref="IkatanDataAnggaran"/>), unless the year is closed or the realisasi was submitted or
    /// verified; says what it did, one line per indicator. <paramref name="hanyaIndikator"/> limits it
    /// to those indicators (a binding just set), since the data of the others did not change.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PerbaruiRealisasiAsync(SakipDbContext db, int satkerId, int tahun, DateOnly hariIni, CancellationToken ct, IReadOnlyCollection<int>? hanyaIndikator = null)
    {
        var ikatans = await db.IkatanDataAnggarans.Include(k => k.Indikator).ThenInclude(i => i.Realisasis)
            .Where(k => hanyaIndikator == null || hanyaIndikator.Contains(k.IndikatorKinerjaId))
            .Where(k => db.PerjanjianKinerjas.Any(p => p.SatkerId == satkerId && p.Tahun == tahun && p.Sasarans.Any(s => s.Id == k.Indikator.SasaranPerjanjianKinerjaId)))
            .OrderBy(k => k.Id).ToListAsync(ct);
        if (ikatans.Count == 0)
        {
            return [];
        }

        var data = await BacaAsync(db, satkerId, tahun, hariIni, ct);
        var periode = Periode.SetahunPenuh(tahun);
        var tutup = await KueriRealisasi.TertutupAsync(db, satkerId, periode, ct);
        var hasil = new List<string>();
        foreach (var k in ikatans)
        {
            var ind = k.Indikator;
            var (nilai, sumber) = Ukur(data, k.Ukuran, tahun);
            var realisasi = ind.Realisasis.SingleOrDefault(r => r.Tahun == tahun && r.JenisPeriode == JenisPeriode.Tahun);
            if (RealisasiKinerja.AlasanTerkunci(realisasi, periode, tutup) is { } terkunci)
            {
                hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: realisasi tidak diperbarui karena {terkunci} (data anggaran: {sumber}).");
                continue;
            }

            if (nilai is null)
            {
                hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: belum ada data ({sumber}).");
                continue;
            }

            if (realisasi is null)
            {
                realisasi = new RealisasiKinerja { Tahun = tahun, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Status = StatusRealisasi.Draf };
                ind.Realisasis.Add(realisasi);
            }

            realisasi.Variabels.Clear();
            realisasi.Nilai = nilai;
            realisasi.Satuan = k.Ukuran == UkuranAnggaran.JumlahRevisi ? ind.Satuan : Satuan.Persen;
            realisasi.Sumber = TeksRingkas.Potong("Data anggaran: " + sumber, 300);
            realisasi.Revisi++;
            hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: {FormatIndonesia.AngkaRingkas(nilai.Value)} ({sumber}).");
        }

        return hasil;
    }

    /// <summary>The figure an indicator bound to <paramref name="ukuran"/> takes, and where it came from.</summary>
    public static (decimal? Nilai, string Sumber) Ukur(DataAnggaranSatker data, UkuranAnggaran ukuran, int tahun) => ukuran switch
    {
        UkuranAnggaran.JumlahRevisi => data.Berlaku is { } v
            ? (data.JumlahRevisi, data.JumlahRevisi == 0 ? $"DIPA {tahun} belum direvisi" : $"{data.JumlahRevisi} revisi DIPA {tahun}, terakhir {NamaVersi(v)} tanggal {FormatIndonesia.Tanggal(v.Tanggal)}")
            : (null, $"DIPA {tahun} belum dimuat"),
        UkuranAnggaran.SimonikaTepatWaktuValid => data.Kepatuhan.Persen is { } p
            ? (p, $"{data.Kepatuhan.TepatWaktuDanValid} dari {data.Kepatuhan.Wajib} laporan SIMONIKA {tahun} yang wajib tepat waktu dan valid")
            : (null, $"belum ada laporan SIMONIKA {tahun} yang wajib"),
        _ => data.Pohon?.Jumlah is { Penyerapan: { } s } j
            ? (s, $"realisasi {FormatIndonesia.Rupiah(j.Realisasi)} dari pagu {FormatIndonesia.Rupiah(j.Pagu)} DIPA {tahun}")
            : (null, $"DIPA {tahun} belum dimuat"),
    };

    /// <summary>The name of a figure an indicator can be bound to.</summary>
    public static string NamaUkuran(UkuranAnggaran ukuran) => ukuran switch
    {
        UkuranAnggaran.JumlahRevisi => "jumlah revisi DIPA",
        UkuranAnggaran.SimonikaTepatWaktuValid => "persentase laporan SIMONIKA tepat waktu dan valid",
        _ => "penyerapan anggaran",
    };

    /// <summary>A revision's pagu with the realisation kept on the DIPA in force (lines it lacks have none).</summary>
    private static PohonAnggaran Dengan(PohonAnggaran versi, PohonAnggaran berlaku)
    {
        var realisasi = berlaku.Barises.ToDictionary(b => (b.Kode.Kode, b.Sumber), b => b.Realisasi);
        return PohonAnggaran.Susun([.. versi.Barises.Select(b => b with { Realisasi = realisasi.GetValueOrDefault((b.Kode.Kode, b.Sumber), BarisAnggaran.BulanKosong) })]);
    }
}
