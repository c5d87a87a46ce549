using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>The pimpinan approves a reviewed version; the planning officers are told they can publish it.</summary>
public static class ApproveLaporanKinerja
{
    public sealed record Command(int Id, int Revisi);

    private static readonly LaporanTersimpan.Langkah Langkah = new(Tindakan.MenyetujuiLaporan, StatusLaporanKinerja.Direviu, StatusLaporanKinerja.Disetujui, AksiAudit.Setujui, Tindakan.MenyusunLaporan, "menyetujui");

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, TimeProvider clock)
    {
        public Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct) =>
            LaporanTersimpan.PindahAsync(db, pemberitahu, pelaku, c.Id, c.Revisi, Langkah, (l, _) =>
            {
                l.PenyetujuId = pelaku.PenggunaId;
                l.NamaPenyetuju = pelaku.NamaLengkap;
                l.DisetujuiPada = clock.GetUtcNow();
                return Task.FromResult<Gagal?>(null);
            }, ct);
    }
}
