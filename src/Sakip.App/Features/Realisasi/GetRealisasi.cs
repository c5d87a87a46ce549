using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// One indicator-period's realisasi as the entry and verification forms show it; for a yearly
/// indicator bound to election figures, also those figures and the formula's value from them, and
/// for those who enter its realisasi the contests its variables may be bound to.
/// </summary>
public static class GetRealisasi
{
    public sealed record Query(int IndikatorId, int NomorPeriode);

    public sealed record Bukti(int Id, string Nama, string JenisKonten, long Ukuran);

    public sealed record Hasil(
        int IndikatorId,
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        string Kode,
        string Uraian,
        JenisTarget JenisTarget,
        string Target,
        string? Satuan,
        string Periode,
        int NomorPeriode,
        IReadOnlyList<string> Variabels,
        int? RealisasiId,
        StatusRealisasi? Status,
        int? Revisi,
        string? Nilai,
        IReadOnlyDictionary<string, string> NilaiVariabel,
        bool Selesai,
        DateOnly? TanggalSelesai,
        string? Analisis,
        string? CatatanVerifikasi,
        IReadOnlyList<Bukti> Buktis,
        bool BolehIsi,
        bool BolehVerifikasi,
        string? AlasanTidakBolehVerifikasi = null,
        DataTerikat? DariData = null,
        string? BedaDariData = null,
        IReadOnlyList<(string Kode, string Nama)>? KontesPilihan = null);

    /// <summary>
    /// Why the recorded realisasi and the bound data disagree (to two decimals), or null: a
    /// realisasi submitted or verified before the data arrived is not changed by an import.
    /// </summary>
    private static string? Beda(RealisasiKinerja? r, DataTerikat? data)
    {
        if (r is null || data?.Nilai is not { } dariData)
        {
            return null;
        }

        var tercatat = r.Nilai ?? (r.Variabels.Count > 0 ? data.Rumus.Hitung(r.Variabels.ToDictionary(v => v.Nama, v => v.Nilai, StringComparer.Ordinal)).Nilai : null);
        return tercatat is { } t && Math.Round(t, 2, MidpointRounding.AwayFromZero) != Math.Round(dariData, 2, MidpointRounding.AwayFromZero)
            ? $"Realisasi tercatat {FormatIndonesia.Persen(t)} berbeda dari data kepemiluan ({FormatIndonesia.Persen(dariData)}). Impor data tidak mengubah realisasi yang sudah diajukan atau diverifikasi."
            : null;
    }

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var ind = await KueriRealisasi.IndikatorAsync(db, q.IndikatorId, ct);
            if (ind is null)
            {
                return Gagal.TidakDitemukan("Indikator tidak ditemukan.");
            }

            var pk = await KueriRealisasi.PerjanjianAsync(db, ind, ct);
            if (Izin.Periksa(pelaku, Tindakan.Membaca, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            if (q.NomorPeriode < 1 || q.NomorPeriode > Periode.JumlahDalamSetahun(ind.Periodisitas))
            {
                return Gagal.TidakSah("Periode tidak sah untuk indikator ini.");
            }

            var periode = new Periode(pk.Tahun, ind.Periodisitas, q.NomorPeriode);
            var r = await KueriRealisasi.RealisasiAsync(db, pk, ind, q.NomorPeriode, ct);
            var buktis = r is null ? [] : await db.Set<BuktiRealisasi>().AsNoTracking().Where(b => b.RealisasiKinerjaId == r.Id)
                .Select(b => new Bukti(b.Id, b.NamaBerkas, b.Berkas.JenisKonten, b.Berkas.Ukuran)).ToListAsync(ct);
            var menungguPimpinan = r?.Status == StatusRealisasi.Diajukan && pelaku.Boleh(Tindakan.MemverifikasiRealisasi, pk.SatkerId);
            var alasanVerifikasi = menungguPimpinan ? await KueriRealisasi.AlasanTidakBolehVerifikasiAsync(db, pelaku, pk, r!, ct) : null;
            var rumus = ind.Rumus is null ? null : Domain.Periode.Rumus.Baca(ind.Rumus);
            var dariData = ind.Periodisitas == JenisPeriode.Tahun ? await DataKepemiluan.DataTerikatAsync(db, ind, ct) : null;
            IReadOnlyList<(string, string)>? kontesPilihan = null;
            if (rumus is not null && ind.Periodisitas == JenisPeriode.Tahun && pelaku.Boleh(Tindakan.MengisiRealisasi, pk.SatkerId))
            {
                kontesPilihan = [.. (await db.KontesPemilus.AsNoTracking().Include(k => k.Acara).ToListAsync(ct))
                    .Where(k => DataKepemiluan.KontesDiWilayah(k, pk.Satker.Kode))
                    .OrderByDescending(k => k.Acara.Tanggal).ThenBy(k => k.Nama, StringComparer.Ordinal)
                    .Select(k => ($"{k.Acara.Kode}|{k.Kode}", $"{k.Nama} ({k.Acara.Nama})"))];
            }

            var bisaDiubah = RealisasiKinerja.AlasanTerkunci(r, periode, await KueriRealisasi.TertutupAsync(db, pk.SatkerId, periode, ct)) is null;
            return Jawaban<Hasil>.Dari(new Hasil(
                ind.Id,
                pk.Satker.Kode,
                pk.Satker.Nama,
                pk.Tahun,
                ind.Kode,
                ind.Uraian,
                ind.JenisTarget,
                ind.TargetTeks(),
                ind.Satuan,
                periode.Label,
                q.NomorPeriode,
                rumus?.Variabels ?? [],
                r?.Id,
                r?.Status,
                r?.Revisi,
                r?.Predikat ?? (r?.Nilai is { } n ? FormatIndonesia.AngkaRingkas(n, 6) : null),
                r?.Variabels.ToDictionary(v => v.Nama, v => FormatIndonesia.AngkaRingkas(v.Nilai, 6)) ?? [],
                r?.Selesai == true,
                r?.TanggalSelesai,
                r?.Analisis,
                r?.CatatanVerifikasi,
                buktis,
                bisaDiubah && pk.Status == StatusPerjanjianKinerja.Ditandatangani && pelaku.Boleh(Tindakan.MengisiRealisasi, pk.SatkerId),
                menungguPimpinan && alasanVerifikasi is null,
                alasanVerifikasi,
                dariData,
                Beda(r, dariData),
                kontesPilihan));
        }
    }
}
