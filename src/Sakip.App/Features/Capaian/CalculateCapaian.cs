using Sakip.App.Data;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// The measurement table of a satker-year: every indicator of the PK in force with target,
/// realisasi, capaian and kategori, the per-sasaran and overall means and the counts above, at
/// and below 100 % (the LKjIP's Tabel 7).
/// </summary>
public static class CalculateCapaian
{
    /// <param name="KodeSatker">The satker's code (1871).</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Ubah">Choices that override the stored policy for this calculation; null to use it as stored.</param>
    /// <param name="KodePerjanjian">Which agreement when the satker has several (Ketua, Sekretaris); null for the first.</param>
    /// <param name="Triwulan">Measure up to the end of this quarter (1-4) with the PK in force then; null for the whole year.</param>
    public sealed record Query(string KodeSatker, int Tahun, UbahKebijakan? Ubah = null, string? KodePerjanjian = null, int? Triwulan = null);

    /// <summary>An agreement of the satker-year that can be chosen.</summary>
    public sealed record PilihanPerjanjian(string Kode, string Judul, int Versi);

    public sealed record Hasil(
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        IReadOnlyList<PilihanPerjanjian> Perjanjians,
        Pengukuran Pengukuran,
        IReadOnlyList<Perjanjian.GetRencanaAksi.Baris> RencanaAksi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query query, CancellationToken ct)
        {
            if (Periode.PeriksaTahun(query.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun);
            }

            if (query.Triwulan is < 1 or > 4)
            {
                return Gagal.TidakSah("Triwulan harus 1, 2, 3 atau 4.", nameof(Query.Triwulan));
            }

            var bacaan = await Izin.SatkerAsync(db, pelaku, query.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var sampai = query.Triwulan is { } tw ? Periode.Triwulan(query.Tahun, tw) : Periode.SetahunPenuh(query.Tahun);
            var versi = await PengukuranKinerja.MuatAsync(db, satker.Id, query.Tahun, ct);
            var berlaku = Entities.PerjanjianKinerja.YangBerlaku(versi, sampai.Akhir);
            if (berlaku.Count == 0)
            {
                return Gagal.TidakDitemukan($"Belum ada Perjanjian Kinerja tahun {query.Tahun} untuk {satker.Nama}.");
            }

            var pk = query.KodePerjanjian is null ? berlaku[0] : berlaku.SingleOrDefault(p => p.Kode == query.KodePerjanjian);
            if (pk is null)
            {
                return Gagal.TidakDitemukan($"Perjanjian Kinerja '{query.KodePerjanjian}' tahun {query.Tahun} tidak ada pada {satker.Nama}.");
            }

            var tersimpan = await PengukuranKinerja.KebijakanAsync(db, satker.Id, query.Tahun, ct);
            var kebijakan = query.Ubah?.Terapkan(tersimpan) ?? tersimpan;
            var pengukuran = PengukuranKinerja.Ukur(pk, kebijakan, sampai, versi);
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Kode,
                satker.Nama,
                query.Tahun,
                [.. berlaku.Select(p => new PilihanPerjanjian(p.Kode, p.Judul, p.Versi))],
                pengukuran,
                await Perjanjian.GetRencanaAksi.BarisesAsync(db, pk, versi, tersimpan, ct)));
        }
    }
}
