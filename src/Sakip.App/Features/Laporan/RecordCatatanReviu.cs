using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>The APIP reviewer leaves a note on a part of a version under review (the writer reads it beside that part).</summary>
public static class RecordCatatanReviu
{
    /// <param name="Id">The version.</param>
    /// <param name="Bagian">The part the note is on (a section key or <c>indikator:</c> and a code); empty for the report as a whole.</param>
    /// <param name="Teks">The note.</param>
    public sealed record Command(int Id, string? Bagian, string? Teks);

    public const int PanjangMaksimum = 4000;

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var muat = await LaporanTersimpan.MuatAsync(db, pelaku, c.Id, Tindakan.MereviuLaporan, ct);
            if (muat.Nilai is not { } dimuat)
            {
                return muat.Kegagalan!;
            }

            var laporan = dimuat.Laporan;
            if (laporan.Status != StatusLaporanKinerja.DalamReviu)
            {
                return Gagal.TidakSah($"Catatan reviu hanya dapat ditulis selama laporan dalam reviu; versi {laporan.Versi} berstatus {LaporanKinerja.StatusTeks(laporan.Status)}.");
            }

            var bagian = string.IsNullOrWhiteSpace(c.Bagian) ? Umum : c.Bagian.Trim();
            if (bagian != Umum && !await EditNaratifLaporan.BagianAdaAsync(db, laporan, bagian, ct))
            {
                return Gagal.TidakSah($"Bagian '{TeksRingkas.Potong(bagian, 60)}' tidak ada di Laporan Kinerja ini.", nameof(Command.Bagian));
            }

            var teks = c.Teks?.Trim() ?? string.Empty;
            if (teks.Length == 0 || teks.Length > PanjangMaksimum)
            {
                return Gagal.TidakSah(teks.Length == 0 ? "Tulis catatan reviu." : $"Catatan reviu paling banyak {Domain.Bilangan.FormatIndonesia.Angka(PanjangMaksimum, 0)} karakter.", nameof(Command.Teks));
            }

            var catatan = new CatatanReviuLaporan { Bagian = bagian, Teks = teks, PenggunaId = pelaku.PenggunaId, Penulis = pelaku.NamaLengkap, DibuatPada = clock.GetUtcNow() };
            laporan.Catatans.Add(catatan);
            return await db.SimpanAsync(() => catatan.Id, ct, LaporanTersimpan.Konflik);
        }
    }

    /// <summary>The part key of a note on the report as a whole (a return's reason).</summary>
    public const string Umum = "umum";
}
