using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The pimpinan signs a draft PK version: it becomes binding and locked, and from its
/// <c>BerlakuMulai</c> it is the version measurement follows.
/// </summary>
public static class SignPerjanjianKinerja
{
    public sealed record Command(int Id);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, Pemberitahu pemberitahu)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.MenandatanganiPerjanjian, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            if (pk.Tandatangani(WaktuIndonesia.HariIni(clock)) is { } alasan)
            {
                return Gagal.TidakSah(alasan);
            }

            db.TandaiAksi(pk, AksiAudit.Tandatangani);
            await pemberitahu.KepadaAsync(
                pk.Satker,
                Tindakan.MengisiRealisasi,
                JenisPemberitahuan.Ditandatangani,
                $"{pelaku.NamaPengguna} menandatangani {pk.Judul} versi {pk.Versi}; realisasinya dapat diisi.",
                $"/PerjanjianKinerja/Lihat?id={pk.Id}",
                pelaku.PenggunaId,
                null,
                ct);
            return await db.SimpanAsync(() => pk.Id, ct, DrafPerjanjian.Konflik);
        }
    }
}
