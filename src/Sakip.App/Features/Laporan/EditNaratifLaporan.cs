using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Saves one narrative part of a draft version (a section, or an indicator's analysis) as plain
/// text (<see cref="NaratifTeks"/>); blank text removes it. Any character is accepted and kept as
/// text, up to <see cref="NaratifTeks.PanjangMaksimum"/> characters.
/// </summary>
public static class EditNaratifLaporan
{
    /// <param name="Id">The version.</param>
    /// <param name="Revisi">The version's revision the form was opened on.</param>
    /// <param name="Bagian">The part's key (<see cref="DokumenLkjip.Bagians"/>, or <c>indikator:</c> and a code of the year's PK).</param>
    /// <param name="Teks">The text as typed.</param>
    public sealed record Command(int Id, int Revisi, string? Bagian, string? Teks);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var muat = await LaporanTersimpan.MuatAsync(db, pelaku, c.Id, Tindakan.MenyusunLaporan, ct);
            if (muat.Nilai is not { } dimuat)
            {
                return muat.Kegagalan!;
            }

            var laporan = dimuat.Laporan;
            if (laporan.AlasanTerkunci() is { } terkunci)
            {
                return Gagal.TidakSah(terkunci);
            }

            if (c.Revisi != laporan.Revisi)
            {
                return Gagal.Konflik(LaporanTersimpan.Konflik);
            }

            var bagian = c.Bagian?.Trim() ?? string.Empty;
            if (!await BagianAdaAsync(db, laporan, bagian, ct))
            {
                return Gagal.TidakSah($"Bagian '{TeksRingkas.Potong(bagian, 60)}' tidak ada di Laporan Kinerja ini.", nameof(Command.Bagian));
            }

            var teks = (c.Teks ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (teks.Length > NaratifTeks.PanjangMaksimum)
            {
                return Gagal.TidakSah($"Teks terlalu panjang: {Domain.Bilangan.FormatIndonesia.Angka(teks.Length, 0)} karakter; paling banyak {Domain.Bilangan.FormatIndonesia.Angka(NaratifTeks.PanjangMaksimum, 0)}.", nameof(Command.Teks));
            }

            var ada = laporan.Naratifs.SingleOrDefault(n => n.Bagian == bagian);
            if (teks.Length == 0)
            {
                if (ada is not null)
                {
                    laporan.Naratifs.Remove(ada);
                    db.Remove(ada);
                }
            }
            else if (ada is null)
            {
                laporan.Naratifs.Add(new NaratifLaporan { Bagian = bagian, Teks = teks });
            }
            else
            {
                ada.Teks = teks;
            }

            laporan.Revisi++;
            return await db.SimpanAsync(() => laporan.Revisi, ct, LaporanTersimpan.Konflik);
        }
    }

    /// <summary>Whether <paramref name="bagian"/> is a section of the LKjIP or an indicator of the year's PK.</summary>
    internal static async Task<bool> BagianAdaAsync(SakipDbContext db, LaporanKinerja laporan, string bagian, CancellationToken ct)
    {
        if (DokumenLkjip.Bagians.Any(b => b.Kunci == bagian))
        {
            return true;
        }

        if (!bagian.StartsWith("indikator:", StringComparison.Ordinal))
        {
            return false;
        }

        var kode = bagian["indikator:".Length..];
        return await db.PerjanjianKinerjas.Where(p => p.SatkerId == laporan.SatkerId && p.Tahun == laporan.Tahun)
            .SelectMany(p => p.Sasarans).SelectMany(s => s.Indikators).AnyAsync(i => i.Kode == kode, ct);
    }
}
