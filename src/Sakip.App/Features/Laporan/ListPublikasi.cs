using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// What a satker has published for a year, for anyone without signing in: the published LKjIP
/// versions with their frozen files and SHA-256, the signed PK versions, and the Renstra in force.
/// Nothing about users or drafts; everything here is already public by law (PermenPANRB 53/2014).
/// </summary>
public static class ListPublikasi
{
    public sealed record Query(string KodeSatker, int Tahun);

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<Terbitan> Laporans, IReadOnlyList<PerjanjianTerbit> Perjanjians, GetRenstra.Hasil? Renstra);

    /// <summary>A published LKjIP version: when, the SHA-256 of its content, and its files.</summary>
    public sealed record Terbitan(int Versi, DateTimeOffset DiterbitkanPada, string SidikIsi, IReadOnlyList<GetLaporanKinerja.Berkas> Berkases);

    /// <summary>A signed PK version.</summary>
    public sealed record PerjanjianTerbit(int Id, string Judul, int Versi, DateOnly? Tanggal);

    public sealed class Handler(SakipDbContext db, GetRenstra.Handler renstra)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Query q, CancellationToken ct)
        {
            var kode = q.KodeSatker?.Trim() ?? string.Empty;
            var satker = await db.Satkers.AsNoTracking().SingleOrDefaultAsync(s => s.Kode == kode, ct);
            if (satker is null)
            {
                return Gagal.TidakDitemukan($"Satker dengan kode '{TeksRingkas.Potong(kode, 41)}' tidak ditemukan.");
            }

            var laporans = await db.LaporanKinerjas.AsNoTracking()
                .Where(l => l.SatkerId == satker.Id && l.Tahun == q.Tahun && l.Status == StatusLaporanKinerja.Diterbitkan)
                .OrderByDescending(l => l.Versi)
                .Select(l => new { l.Id, l.Versi, l.DiterbitkanPada, l.SidikIsi })
                .ToListAsync(ct);
            var ids = laporans.Select(l => l.Id).ToList();
            var berkas = (await db.BerkasLaporans.AsNoTracking().Where(b => ids.Contains(b.LaporanKinerjaId))
                .Select(b => new { b.LaporanKinerjaId, b.Format, b.NamaBerkas, b.Berkas.Ukuran, b.Berkas.Sha256 }).ToListAsync(ct))
                .ToLookup(b => b.LaporanKinerjaId);
            var pks = await db.PerjanjianKinerjas.AsNoTracking()
                .Where(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun && p.Status == StatusPerjanjianKinerja.Ditandatangani)
                .OrderBy(p => p.Kode).ThenByDescending(p => p.Versi)
                .Select(p => new PerjanjianTerbit(p.Id, p.Judul, p.Versi, p.Tanggal)).ToListAsync(ct);
            var rencana = (await renstra.HandleAsync(AksesPengguna.Sistem, new GetRenstra.Query(satker.Kode), ct)).Nilai;
            return new Hasil(
                satker.Kode,
                satker.Nama,
                q.Tahun,
                [.. laporans.Select(l => new Terbitan(l.Versi, l.DiterbitkanPada!.Value, l.SidikIsi!, [.. berkas[l.Id].OrderBy(b => b.Format).Select(b => new GetLaporanKinerja.Berkas(b.Format, b.NamaBerkas, b.Ukuran, b.Sha256))]))],
                pks,
                rencana is { Ada: true } && rencana.TahunAwal <= q.Tahun && q.Tahun <= rencana.TahunAkhir ? rencana : null);
        }
    }
}
