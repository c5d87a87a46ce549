using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Returns a version to draft with a reason: the reviewer while it is under review, or the
/// pimpinan while it awaits approval. The reason is kept as a note on the report as a whole, any
/// review signature is withdrawn (a changed text must be reviewed again), and the planning
/// officers are told.
/// </summary>
public static class ReturnLaporanKinerja
{
    /// <param name="Id">The version.</param>
    /// <param name="Revisi">Its revision as the form saw it.</param>
    /// <param name="Alasan">Why it is returned.</param>
    public sealed record Command(int Id, int Revisi, string? Alasan);

    private static readonly LaporanTersimpan.Langkah OlehPereviu = new(Tindakan.MereviuLaporan, StatusLaporanKinerja.DalamReviu, StatusLaporanKinerja.Draf, AksiAudit.Kembalikan, Tindakan.MenyusunLaporan, "mengembalikan");

    private static readonly LaporanTersimpan.Langkah OlehPimpinan = OlehPereviu with { Tindakan = Tindakan.MenyetujuiLaporan, Dari = StatusLaporanKinerja.Direviu };

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var status = await db.LaporanKinerjas.Where(l => l.Id == c.Id).Select(l => (StatusLaporanKinerja?)l.Status).SingleOrDefaultAsync(ct);
            var alasan = c.Alasan?.Trim() ?? string.Empty;
            return await LaporanTersimpan.PindahAsync(db, pemberitahu, pelaku, c.Id, c.Revisi, status == StatusLaporanKinerja.Direviu ? OlehPimpinan : OlehPereviu, (l, _) =>
            {
                if (alasan.Length == 0 || alasan.Length > RecordCatatanReviu.PanjangMaksimum)
                {
                    return Task.FromResult<Gagal?>(Gagal.TidakSah(alasan.Length == 0 ? "Tulis alasan pengembalian agar penyusun tahu apa yang harus diperbaiki." : $"Alasan paling banyak {Domain.Bilangan.FormatIndonesia.Angka(RecordCatatanReviu.PanjangMaksimum, 0)} karakter.", nameof(Command.Alasan)));
                }

                l.Catatans.Add(new CatatanReviuLaporan { Bagian = RecordCatatanReviu.Umum, Teks = "Dikembalikan: " + alasan, PenggunaId = pelaku.PenggunaId, Penulis = pelaku.NamaLengkap, DibuatPada = clock.GetUtcNow() });
                l.PereviuId = null;
                l.NamaPereviu = null;
                l.DireviuPada = null;
                return Task.FromResult<Gagal?>(null);
            }, ct);
        }
    }
}
