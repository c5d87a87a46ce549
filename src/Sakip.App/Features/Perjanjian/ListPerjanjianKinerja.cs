using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>Every version of every PK of a satker-year (the history), and what the user may do with each.</summary>
public static class ListPerjanjianKinerja
{
    public sealed record Query(string KodeSatker, int Tahun);

    public sealed record Versi(
        int Id,
        string Kode,
        int Nomor,
        string Judul,
        StatusPerjanjianKinerja Status,
        string? PihakPertama,
        string? PihakKedua,
        string? Tanggal,
        string BerlakuMulai,
        string? AlasanPerubahan,
        int JumlahIndikator,
        bool Berlaku,
        bool BolehTandatangani,
        bool BolehUbah);

    /// <param name="NamaSatker">The satker's name.</param>
    /// <param name="Versis">Every version of every PK of the year.</param>
    /// <param name="BolehSusun">Whether the user may draft a new PK there.</param>
    public sealed record Hasil(string NamaSatker, IReadOnlyList<Versi> Versis, bool BolehSusun);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var versi = await db.PerjanjianKinerjas.AsNoTracking()
                .Where(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun)
                .Include(p => p.PihakPertama).Include(p => p.PihakKedua)
                .Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .AsSplitQuery()
                .ToListAsync(ct);
            var terakhir = versi.GroupBy(v => v.Kode).ToDictionary(g => g.Key, g => g.Max(v => v.Versi), StringComparer.Ordinal);
            var berlaku = Entities.PerjanjianKinerja.YangBerlaku(versi, new DateOnly(q.Tahun, 12, 31)).Select(p => p.Id).ToHashSet();
            var pimpinan = pelaku.Boleh(Tindakan.MenandatanganiPerjanjian, satker.Id);
            var penyusun = pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id);
            return Jawaban<Hasil>.Dari(new Hasil(satker.Nama, [.. versi.OrderBy(p => p.Kode, StringComparer.Ordinal).ThenByDescending(p => p.Versi).Select(p => new Versi(
                p.Id,
                p.Kode,
                p.Versi,
                p.Judul,
                p.Status,
                p.PihakPertama?.Nama,
                p.PihakKedua?.Nama,
                p.Tanggal is { } t ? FormatIndonesia.Tanggal(t) : null,
                FormatIndonesia.Tanggal(p.BerlakuMulai),
                p.AlasanPerubahan,
                p.Sasarans.Sum(s => s.Indikators.Count),
                berlaku.Contains(p.Id),
                pimpinan && p.Status == StatusPerjanjianKinerja.Draf,
                penyusun && p.Status == StatusPerjanjianKinerja.Ditandatangani && p.Versi == terakhir[p.Kode]))], penyusun));
        }
    }
}
