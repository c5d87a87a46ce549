using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>The user's own notifications, newest first, a page at a time, with the unread count.</summary>
public static class ListPemberitahuan
{
    public const int UkuranHalaman = 30;

    /// <param name="HanyaBelumDibaca">Only the unread ones.</param>
    /// <param name="Halaman">The page, from 1.</param>
    public sealed record Query(bool HanyaBelumDibaca = false, int Halaman = 1);

    public sealed record Baris(int Id, JenisPemberitahuan Jenis, string Judul, string Tautan, DateTimeOffset DibuatPada, bool Dibaca);

    /// <param name="Barises">The page's notifications.</param>
    /// <param name="BelumDibaca">All the user's unread notifications.</param>
    /// <param name="Jumlah">All that match the query (for paging).</param>
    /// <param name="Halaman">The page shown.</param>
    public sealed record Hasil(IReadOnlyList<Baris> Barises, int BelumDibaca, int Jumlah, int Halaman)
    {
        public int JumlahHalaman => Math.Max(1, (Jumlah + UkuranHalaman - 1) / UkuranHalaman);
    }

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var milik = db.Pemberitahuans.AsNoTracking().Where(n => n.PenggunaId == pelaku.PenggunaId);
            var belum = await milik.CountAsync(n => n.DibacaPada == null, ct);
            var saring = q.HanyaBelumDibaca ? milik.Where(n => n.DibacaPada == null) : milik;
            var jumlah = q.HanyaBelumDibaca ? belum : await saring.CountAsync(ct);
            var halaman = Math.Clamp(q.Halaman, 1, Math.Max(1, (jumlah + UkuranHalaman - 1) / UkuranHalaman));
            var barises = await saring.OrderByDescending(n => n.Id).Skip((halaman - 1) * UkuranHalaman).Take(UkuranHalaman)
                .Select(n => new Baris(n.Id, n.Jenis, n.Judul, n.Tautan, n.DibuatPada, n.DibacaPada != null))
                .ToListAsync(ct);
            return new Hasil(barises, belum, jumlah, halaman);
        }
    }
}
