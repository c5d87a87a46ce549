using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>Adding, changing or deleting one of the year's programmes of the satker with its budget (pagu in rupiah).</summary>
public static class EditProgramAnggaran
{
    public sealed record Command(string KodeSatker, int Tahun, int? ProgramId, int? Revisi, string? Kode, string? Nama, string? Pagu, bool Hapus = false);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunRkt, ct);
            if (!satker.Berhasil)
            {
                return satker.Kegagalan!;
            }

            var program = c.ProgramId is { } id ? await db.ProgramAnggarans.SingleOrDefaultAsync(p => p.Id == id && p.SatkerId == satker.Nilai!.Id && p.Tahun == c.Tahun, ct) : null;
            if (c.ProgramId is not null && program is null)
            {
                return Gagal.TidakDitemukan("Program bukan program satker dan tahun ini.");
            }

            if (program is not null && c.Revisi != program.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (c.Hapus)
            {
                if (program is null)
                {
                    return Gagal.TidakSah("Pilih program yang akan dihapus.");
                }

                db.Remove(program);
                return await db.SimpanAsync(() => 0, ct);
            }

            var nama = c.Nama?.Trim() ?? string.Empty;
            if (nama.Length is 0 or > 300)
            {
                return Gagal.TidakSah("Nama program: wajib diisi, paling panjang 300 karakter.");
            }

            var pagu = AngkaIndonesia.Baca(c.Pagu, Satuan.Rupiah);
            if (!pagu.Berhasil || pagu.IsRentang || pagu.Nilai < 0 || (pagu.Satuan is not null && pagu.Satuan != Satuan.Rupiah))
            {
                return Gagal.TidakSah($"Pagu: {(pagu.Berhasil ? "tulis satu jumlah rupiah yang tidak negatif, seperti Rp 1.250.000.000" : pagu.Kesalahan)}.");
            }

            if (program is null)
            {
                var urutan = await db.ProgramAnggarans.Where(p => p.SatkerId == satker.Nilai!.Id && p.Tahun == c.Tahun).Select(p => (int?)p.Urutan).MaxAsync(ct) ?? 0;
                program = new ProgramAnggaran { SatkerId = satker.Nilai!.Id, Tahun = c.Tahun, Urutan = urutan + 1, Nama = nama };
                db.ProgramAnggarans.Add(program);
            }

            program.Nama = nama;
            program.Kode = PenyusunanRkt.Kosongkan(c.Kode);
            program.Pagu = pagu.Nilai!.Value;
            program.Revisi++;
            return await db.SimpanAsync(() => program.Id, ct);
        }
    }
}
