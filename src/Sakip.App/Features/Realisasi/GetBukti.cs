using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Realisasi;

/// <summary>An evidence file, for a user who may read the satker it belongs to.</summary>
public static class GetBukti
{
    public sealed record Query(int BuktiId);

    public sealed record Hasil(string NamaUnduhan, string JenisKonten, byte[] Isi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var b = await db.Set<BuktiRealisasi>().AsNoTracking()
                .Where(x => x.Id == q.BuktiId)
                .Select(x => new
                {
                    x.NamaBerkas,
                    x.Berkas.JenisKonten,
                    x.Berkas.Isi,
                    SatkerId = db.RealisasiKinerjas.Where(r => r.Id == x.RealisasiKinerjaId)
                        .Select(r => db.PerjanjianKinerjas.Where(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId).Select(p => p.SatkerId).First())
                        .First(),
                })
                .SingleOrDefaultAsync(ct);
            if (b is null || !pelaku.Boleh(Tindakan.Membaca, b.SatkerId))
            {
                return Gagal.TidakDitemukan("Berkas bukti tidak ditemukan.");
            }

            // Evidence of a satker the user may not read is "not found": its existence is not disclosed.
            return Jawaban<Hasil>.Dari(new Hasil(JenisBerkas.NamaUnduhan(b.NamaBerkas, b.JenisKonten), b.JenisKonten, b.Isi));
        }
    }
}
