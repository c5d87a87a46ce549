using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Organisasi;

/// <summary>
/// Records the decree that forms a satker's SAKIP team for a year, or corrects it (whoever keeps
/// its organisation): one number, one date in or before that year, and what it decides, so every
/// document prints the same (the seed's decree says 14 and 4, 26 and 4 January: discrepancy 27).
/// </summary>
public static class EditTimSakip
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year the team serves.</param>
    /// <param name="Revisi">The revision the form was opened on (0 when there is no decree yet).</param>
    /// <param name="NomorKeputusan">"14 Tahun 2024".</param>
    /// <param name="TanggalKeputusan">When it was decided.</param>
    /// <param name="Tentang">What it decides.</param>
    public sealed record Command(string KodeSatker, int Tahun, int Revisi, string? NomorKeputusan, DateOnly? TanggalKeputusan, string? Tentang);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var isian = new PemeriksaIsian();
            if (Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                isian.Tambah(nameof(Command.Tahun), salahTahun);
            }

            var nomor = isian.Teks(c.NomorKeputusan, 100, nameof(Command.NomorKeputusan), "nomor keputusan", wajib: true);
            var tentang = isian.Teks(c.Tentang, 500, nameof(Command.Tentang), "perihal keputusan", wajib: true);
            if (c.TanggalKeputusan is not { } tanggal)
            {
                isian.Tambah(nameof(Command.TanggalKeputusan), "Isi tanggal keputusan.");
            }
            else if (tanggal.Year > c.Tahun || tanggal.Year < c.Tahun - 1)
            {
                isian.Tambah(nameof(Command.TanggalKeputusan), $"Keputusan tim tahun {c.Tahun} bertanggal pada tahun {c.Tahun} atau tahun sebelumnya.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            var tim = await db.TimSakips.SingleOrDefaultAsync(t => t.SatkerId == satker.Id && t.Tahun == c.Tahun, ct);
            if (tim is null)
            {
                tim = new TimSakip { SatkerId = satker.Id, Tahun = c.Tahun, NomorKeputusan = nomor!, Tentang = tentang! };
                db.TimSakips.Add(tim);
            }
            else if (tim.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            tim.NomorKeputusan = nomor!;
            tim.TanggalKeputusan = c.TanggalKeputusan!.Value;
            tim.Tentang = tentang!;
            tim.Revisi++;
            return await db.SimpanAsync(() => tim.Id, ct);
        }
    }
}
