using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>One indicator-period's realisasi as the entry and verification forms show it.</summary>
public static class GetRealisasi
{
    public sealed record Query(AksesPengguna Pelaku, int IndikatorId, int NomorPeriode);

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
        int? Versi,
        string? Nilai,
        IReadOnlyDictionary<string, string> NilaiVariabel,
        bool Selesai,
        DateOnly? TanggalSelesai,
        string? Analisis,
        string? CatatanVerifikasi,
        IReadOnlyList<Bukti> Buktis,
        bool BolehIsi,
        bool BolehVerifikasi,
        string? AlasanTidakBolehVerifikasi = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<Hasil>> HandleAsync(Query q, CancellationToken ct)
        {
            var ind = await RealisasiQueries.IndikatorAsync(db, q.IndikatorId, ct);
            if (ind is null)
            {
                return Result<Hasil>.TidakDitemukan("Indikator tidak ditemukan.");
            }

            var pk = await RealisasiQueries.PerjanjianAsync(db, ind, ct);
            if (!q.Pelaku.BolehMembaca(pk.SatkerId))
            {
                return Result<Hasil>.Ditolak($"Anda tidak berhak melihat data {pk.Satker.Nama}.");
            }

            if (q.NomorPeriode < 1 || q.NomorPeriode > Periode.JumlahDalamSetahun(ind.Periodisitas))
            {
                return Result<Hasil>.Fail("Periode tidak sah untuk indikator ini.");
            }

            var periode = new Periode(pk.Tahun, ind.Periodisitas, q.NomorPeriode);
            var r = await RealisasiQueries.RealisasiAsync(db, pk, ind, q.NomorPeriode, ct);
            var buktis = r is null ? [] : await db.Set<BuktiRealisasi>().AsNoTracking().Where(b => b.RealisasiKinerjaId == r.Id)
                .Select(b => new Bukti(b.Id, b.NamaBerkas, b.Berkas.JenisKonten, b.Berkas.Ukuran)).ToListAsync(ct);
            var rumus = ind.Rumus is null ? null : Domain.Periode.Rumus.Baca(ind.Rumus);
            var menungguPimpinan = r?.Status == StatusRealisasi.Diajukan && q.Pelaku.Punya(pk.SatkerId, Peran.Pimpinan);
            var alasanVerifikasi = menungguPimpinan ? await RealisasiQueries.AlasanTidakBolehVerifikasiAsync(db, q.Pelaku, pk, r!, ct) : null;
            var bisaDiubah = (r is null || r.Status is StatusRealisasi.Draf or StatusRealisasi.Dikembalikan)
                && await ClosePeriode.TertutupAsync(db, pk.SatkerId, periode, ct) is null;
            return Result<Hasil>.Ok(new Hasil(
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
                r?.Versi,
                r?.Predikat ?? (r?.Nilai is { } n ? FormatIndonesia.AngkaRingkas(n, 6) : null),
                r?.Variabels.ToDictionary(v => v.Nama, v => FormatIndonesia.AngkaRingkas(v.Nilai, 6)) ?? [],
                r?.Selesai == true,
                r?.TanggalSelesai,
                r?.Analisis,
                r?.CatatanVerifikasi,
                buktis,
                bisaDiubah && pk.Status == StatusPerjanjianKinerja.Ditandatangani && q.Pelaku.Punya(pk.SatkerId, Peran.Operator, Peran.Administrator),
                menungguPimpinan && alasanVerifikasi is null,
                alasanVerifikasi));
        }
    }
}
