using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The pimpinan verifies a submitted realisasi (it then counts and is locked) or returns it with
/// a note (the operator can correct it and submit again).
/// </summary>
public static class VerifyRealisasi
{
    /// <summary><c>Setuju</c>: verify, else return with <c>Catatan</c>; <c>Revisi</c> as shown to the pimpinan.</summary>
    public sealed record Command(int RealisasiId, bool Setuju, string? Catatan, int Revisi);

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu)
    {
        public async Task<Jawaban<StatusRealisasi>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var r = await db.RealisasiKinerjas.Include(x => x.Indikator).ThenInclude(i => i.Sasaran).SingleOrDefaultAsync(x => x.Id == c.RealisasiId, ct);
            if (r is null)
            {
                return Gagal.TidakDitemukan("Realisasi tidak ditemukan.");
            }

            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).SingleAsync(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId, ct);
            if (await KueriRealisasi.AlasanTidakBolehVerifikasiAsync(db, pelaku, pk, r, ct) is { } alasan)
            {
                return Gagal.Ditolak(alasan);
            }

            if (r.Status == StatusRealisasi.Diajukan && r.Revisi != c.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            if (r.Putuskan(c.Setuju, c.Catatan) is { } salah)
            {
                return Gagal.TidakSah(salah.Pesan, salah.Bidang);
            }

            db.TandaiAksi(r, c.Setuju ? AksiAudit.Verifikasi : AksiAudit.Kembalikan);
            var hal = $"realisasi {r.Indikator.Kode} {r.Periode.Label} ({pk.Satker.Nama})";
            await pemberitahu.KepadaAsync(
                pk.Satker,
                Tindakan.MengisiRealisasi,
                c.Setuju ? JenisPemberitahuan.Diverifikasi : JenisPemberitahuan.Dikembalikan,
                c.Setuju ? $"{pelaku.NamaPengguna} memverifikasi {hal}." : $"{pelaku.NamaPengguna} mengembalikan {hal}: {r.CatatanVerifikasi}",
                $"/Realisasi/Isi?indikator={r.IndikatorKinerjaId}&periode={r.NomorPeriode}",
                pelaku.PenggunaId,
                null,
                ct);
            return await db.SimpanAsync(() => r.Status, ct, Konflik);
        }

        private const string Konflik = "Realisasi ini telah berubah sejak Anda membukanya; muat ulang halaman.";
    }
}
