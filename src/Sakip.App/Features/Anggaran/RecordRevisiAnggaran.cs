using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// Records a revision of the DIPA that moved nothing among the lines loaded (a revisi POK among
/// akun below them, a change of the RPD page or of a blocked allocation): a new state with the
/// same lines, its kind, date and reason, so the revision log and the "jumlah revisi" indicator
/// count it. A revision that moves loaded lines comes with its file (<see cref="ImportAnggaran"/>).
/// </summary>
public static class RecordRevisiAnggaran
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The budget year.</param>
    /// <param name="Revisi">Kind, date and reason.</param>
    public sealed record Command(string KodeSatker, int Tahun, ImportAnggaran.DataRevisi Revisi);

    /// <param name="Versi">The state written ("revisi ke-4").</param>
    /// <param name="Indikator">What happened to the indicators fed from budget data.</param>
    public sealed record Hasil(string Versi, IReadOnlyList<string> Indikator);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaAnggaran, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var berlaku = await db.VersiAnggarans.Include(v => v.Barises).Where(v => v.SatkerId == satker.Id && v.Tahun == c.Tahun).OrderByDescending(v => v.Nomor).FirstOrDefaultAsync(ct);
            if (berlaku is null)
            {
                return Gagal.TidakSah($"DIPA {c.Tahun} {satker.Nama} belum dimuat; impor DIPA awal lebih dulu.", nameof(Command.Tahun));
            }

            if (ImportAnggaran.PeriksaRevisi(c.Revisi, c.Tahun, berlaku) is { } salah)
            {
                return salah;
            }

            var versi = new VersiAnggaran
            {
                SatkerId = satker.Id,
                Tahun = c.Tahun,
                Nomor = berlaku.Nomor + 1,
                Jenis = c.Revisi.Jenis,
                Tanggal = c.Revisi.Tanggal,
                Alasan = c.Revisi.Alasan.Trim(),
                Pencatat = pelaku.NamaLengkap,
                Dicatat = clock.GetUtcNow(),
            };
            versi.Barises.AddRange(berlaku.Barises.OrderBy(b => b.Urutan).Select(b => BarisDipa.Dari(b.KeDomain(), b.Urutan)));
            db.VersiAnggarans.Add(versi);
            var simpan = await db.SimpanAsync(() => true, ct, $"Revisi ke-{versi.Nomor} baru saja dicatat oleh pengguna lain; muat ulang halaman.");
            if (!simpan.Berhasil)
            {
                return simpan.Kegagalan!;
            }

            var indikator = await DataAnggaran.PerbaruiRealisasiAsync(db, satker.Id, c.Tahun, WaktuIndonesia.HariIni(clock), ct);
            var hasil = await db.SimpanAsync(() => new Hasil(DataAnggaran.NamaVersi(versi), indikator), ct);
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync(ct);
            }

            return hasil;
        }
    }
}
