using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// The APIP reviewer signs the "Pernyataan Telah Direviu" of a version under review: the document
/// then prints the reviewer's name and date, and the satker's pimpinan is asked to approve it.
/// </summary>
public static class SignReviuLaporan
{
    public sealed record Command(int Id, int Revisi);

    private static readonly LaporanTersimpan.Langkah Langkah = new(Tindakan.MereviuLaporan, StatusLaporanKinerja.DalamReviu, StatusLaporanKinerja.Direviu, AksiAudit.Tandatangani, Tindakan.MenyetujuiLaporan, "menandatangani pernyataan telah direviu atas");

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, TimeProvider clock)
    {
        public Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct) =>
            LaporanTersimpan.PindahAsync(db, pemberitahu, pelaku, c.Id, c.Revisi, Langkah, (l, _) =>
            {
                l.PereviuId = pelaku.PenggunaId;
                l.NamaPereviu = pelaku.NamaLengkap;
                l.DireviuPada = clock.GetUtcNow();
                return Task.FromResult<Gagal?>(null);
            }, ct);
    }
}
