using Sakip.App.Data;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// The overall capaian of a satker for every year that has a PK (the LKjIP's Gambar 5), each
/// under that year's policy and the first agreement in force at the year's end.
/// </summary>
public static class ListTrenCapaian
{
    public sealed record Query(string KodeSatker);

    /// <param name="Tahun">The year.</param>
    /// <param name="Capaian">The overall capaian; null when no indicator of that year can be computed.</param>
    /// <param name="JumlahIndikator">Indicators in the PK.</param>
    /// <param name="JumlahDihitung">Indicators whose capaian could be computed.</param>
    public sealed record TitikTren(int Tahun, decimal? Capaian, int JumlahIndikator, int JumlahDihitung);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<IReadOnlyList<TitikTren>>> HandleAsync(AksesPengguna pelaku, Query query, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, query.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var versi = await PengukuranKinerja.MuatAsync(db, satker.Id, null, ct);
            var titik = new List<TitikTren>();
            foreach (var tahun in versi.Select(v => v.Tahun).Distinct().Order())
            {
                var pk = Entities.PerjanjianKinerja.YangBerlaku(versi.Where(v => v.Tahun == tahun), new DateOnly(tahun, 12, 31))[0];
                var kebijakan = await PengukuranKinerja.KebijakanAsync(db, satker.Id, tahun, ct);
                var ukur = PengukuranKinerja.Ukur(pk, kebijakan, Periode.SetahunPenuh(tahun), versi);
                titik.Add(new TitikTren(tahun, ukur.Ringkasan.Capaian, ukur.Indikators.Count, ukur.Indikators.Count(i => i.Hasil.DapatDihitung)));
            }

            return Jawaban<IReadOnlyList<TitikTren>>.Dari(titik);
        }
    }
}
