using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
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
    public sealed record Command(int Id, IDictionary<int, string> Targets, int? Revisi = null);

    /// <summary>The field a target cell's error belongs to, as the command names it.</summary>
    public static string Bidang(int indikatorId) => $"Targets[{indikatorId}]";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (DrafPerjanjian.Periksa(pelaku, pk, c.Revisi) is { } tolak)
            {
                return tolak;
            }

            var indikators = pk!.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id);
            var salah = new List<Kesalahan>();
            foreach (var (id, teks) in c.Targets)
            {
                if (!indikators.TryGetValue(id, out var ind))
                {
                    salah.Add(new(Bidang(id), "Indikator bukan bagian dari Perjanjian Kinerja ini."));
                    continue;
                }

                var galat = TargetIndikator.Terapkan(ind, teks);
                if (galat is not null)
                {
                    salah.Add(new(Bidang(id), $"{ind.Kode}: {galat}"));
                }
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            return await DrafPerjanjian.SimpanAsync(db, pk, ct);
        }
    }
}
