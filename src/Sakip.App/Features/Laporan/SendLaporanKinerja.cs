using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Sends a draft version to the APIP for review, once its check (<see cref="CheckLaporanKinerja"/>)
/// finds nothing that blocks it; the satker's evaluators are told. The narrative is locked from here.
/// </summary>
public static class SendLaporanKinerja
{
    public sealed record Command(int Id, int Revisi);

    private static readonly LaporanTersimpan.Langkah Langkah = new(Tindakan.MenyusunLaporan, StatusLaporanKinerja.Draf, StatusLaporanKinerja.DalamReviu, AksiAudit.Ajukan, Tindakan.MereviuLaporan, "mengajukan reviu");

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, CheckLaporanKinerja.Handler periksa, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await LaporanTersimpan.MuatAsync(db, pelaku, c.Id, Tindakan.MenyusunLaporan, ct);
            if (!boleh.Berhasil)
            {
                return boleh.Kegagalan!;
            }

            var hasil = await periksa.HandleAsync(pelaku, new CheckLaporanKinerja.Query(c.Id), ct);
            if (hasil.Nilai is not { } cek)
            {
                return hasil.Kegagalan!;
            }

            var halangan = cek.Temuans.Where(t => t.Menghalangi).ToList();
            if (halangan.Count > 0)
            {
                return Gagal.TidakSah([.. halangan.Select(t => new Kesalahan(null, t.Pesan))]);
            }

            return await LaporanTersimpan.PindahAsync(db, pemberitahu, pelaku, c.Id, c.Revisi, Langkah, (l, _) =>
            {
                l.DiajukanPada = clock.GetUtcNow();
                return Task.FromResult<Gagal?>(null);
            }, ct);
        }
    }
}
