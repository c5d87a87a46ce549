using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Changes the targets of a draft PK version (the usual content of a PK perubahan), written as
/// people write them (<c>0,15 %</c>, <c>12 kali</c>, <c>80-90</c>, <c>BB</c>). Every cell is
/// checked first; one bad cell writes nothing.
/// </summary>
public static class EditTargetPerjanjianKinerja
{
    /// <param name="Id">The draft version.</param>
    /// <param name="Targets">Indicator id to the target as typed.</param>
    /// <param name="Revisi">The revision the form was opened on; null skips the check (the save still detects a concurrent one).</param>
    public sealed record Command(int Id, IReadOnlyDictionary<int, string> Targets, int? Revisi = null);

    /// <param name="IndikatorId">The indicator whose cell is wrong.</param>
    /// <param name="Pesan">What is wrong.</param>
    /// <param name="Jenis">The kind of failure.</param>
    public sealed record Kesalahan(int? IndikatorId, string Pesan, JenisKegagalan Jenis = JenisKegagalan.TidakSah);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<IReadOnlyList<Kesalahan>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (pk is null)
            {
                return [new(null, "Perjanjian Kinerja tidak ditemukan.", JenisKegagalan.TidakDitemukan)];
            }

            if (!pelaku.Punya(pk.SatkerId, Peran.Operator, Peran.Administrator, Peran.Pimpinan))
            {
                return [new(null, $"Anda tidak berhak mengubah Perjanjian Kinerja {pk.Satker.Nama}.", JenisKegagalan.Ditolak)];
            }

            if (pk.Status != StatusPerjanjianKinerja.Draf)
            {
                return [new(null, "Perjanjian Kinerja yang sudah ditandatangani terkunci; buat perubahan (versi baru).")];
            }

            if (c.Revisi is { } revisi && revisi != pk.Revisi)
            {
                return [new(null, DrafPerjanjian.Konflik, JenisKegagalan.Konflik)];
            }

            var indikators = pk.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id);
            var salah = new List<Kesalahan>();
            foreach (var (id, teks) in c.Targets)
            {
                if (!indikators.TryGetValue(id, out var ind))
                {
                    salah.Add(new(id, "Indikator bukan bagian dari Perjanjian Kinerja ini."));
                    continue;
                }

                var galat = TargetIndikator.Terapkan(ind, teks);
                if (galat is not null)
                {
                    salah.Add(new(id, $"{ind.Kode}: {galat}"));
                }
            }

            if (salah.Count > 0)
            {
                return salah;
            }

            var simpan = await DrafPerjanjian.SimpanAsync(db, pk, ct);
            return simpan.IsSuccess ? [] : [new(null, simpan.Error!, JenisKegagalan.Konflik)];
        }
    }
}
