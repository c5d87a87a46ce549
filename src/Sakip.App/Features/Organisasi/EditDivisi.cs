using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Organisasi;

/// <summary>
/// Adds a commissioner division to a satker, changes or removes one (whoever keeps its
/// organisation): its name is required and unique in the satker, its tasks are required plain
/// text, its secretariat partner and place in the table are optional (a new one goes last). The
/// audit trail keeps what a removed one said.
/// </summary>
public static class EditDivisi
{
    public const int PanjangTugas = 4000;

    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Id">The division changed; null to add one.</param>
    /// <param name="Revisi">The revision the form was opened on (0 for a new one).</param>
    /// <param name="Nama">"Divisi Hukum dan Pengawasan".</param>
    /// <param name="Tugas">Its policy tasks.</param>
    /// <param name="UnitSekretariat">The secretariat sub-unit it works with.</param>
    /// <param name="Urutan">Its place in the table (1 first); null keeps it, or puts a new one last.</param>
    /// <param name="Hapus">Remove the division <paramref name="Id"/> instead (as the page showed it: same revision).</param>
    public sealed record Command(string KodeSatker, int? Id, int Revisi, string? Nama, string? Tugas, string? UnitSekretariat, int? Urutan, bool Hapus = false);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            Divisi? d = null;
            if (c.Id is { } id && (d = await db.Divisis.SingleOrDefaultAsync(x => x.Id == id && x.SatkerId == satker.Id, ct)) is null)
            {
                return Gagal.TidakDitemukan($"Divisi ini tidak ada di {satker.Nama}.");
            }

            if (d is not null && d.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (c.Hapus)
            {
                if (d is null)
                {
                    return Gagal.TidakSah("Pilih divisi yang akan dihapus.");
                }

                db.Divisis.Remove(d);
                return await db.SimpanAsync(() => d.Id, ct);
            }

            var isian = new PemeriksaIsian();
            var nama = isian.Teks(c.Nama, 200, nameof(Command.Nama), "nama divisi", wajib: true);
            var tugas = isian.Teks(c.Tugas, PanjangTugas, nameof(Command.Tugas), "tugas divisi", wajib: true);
            var unit = isian.Teks(c.UnitSekretariat, 200, nameof(Command.UnitSekretariat), "unit sekretariat");
            if (c.Urutan is < 1 or > 100)
            {
                isian.Tambah(nameof(Command.Urutan), "Urutan harus antara 1 dan 100.");
            }

            if (nama is not null && await db.Divisis.AnyAsync(x => x.SatkerId == satker.Id && x.Nama == nama && x.Id != (c.Id ?? 0), ct))
            {
                isian.Tambah(nameof(Command.Nama), $"{satker.Nama} sudah memiliki {nama}.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            if (d is null)
            {
                var terakhir = await db.Divisis.Where(x => x.SatkerId == satker.Id).MaxAsync(x => (int?)x.Urutan, ct) ?? 0;
                d = new Divisi { SatkerId = satker.Id, Nama = nama!, Tugas = tugas!, Urutan = c.Urutan ?? terakhir + 1 };
                db.Divisis.Add(d);
            }

            d.Nama = nama!;
            d.Tugas = tugas!;
            d.UnitSekretariat = unit;
            d.Urutan = c.Urutan ?? d.Urutan;
            d.Revisi++;
            return await db.SimpanAsync(() => d.Id, ct);
        }
    }
}
