using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>An evidence file of an evaluation, for a user who may read the satker evaluated; "not found" otherwise, so its existence is not disclosed.</summary>
public static class GetBuktiEvaluasi
{
    public sealed record Query(int BuktiId);

    public sealed record Hasil(string NamaUnduhan, string JenisKonten, byte[] Isi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var b = await db.Set<BuktiEvaluasi>().AsNoTracking()
                .Where(x => x.Id == q.BuktiId)
                .Select(x => new { x.NamaBerkas, x.Berkas.JenisKonten, x.Berkas.Isi, SatkerId = db.EvaluasiAkips.Where(e => e.Id == x.EvaluasiAkipId).Select(e => e.SatkerId).First() })
                .SingleOrDefaultAsync(ct);
            if (b is null || !pelaku.Boleh(Tindakan.Membaca, b.SatkerId))
            {
                return Gagal.TidakDitemukan("Berkas bukti tidak ditemukan.");
            }

            return new Hasil(JenisBerkas.NamaUnduhan(b.NamaBerkas, b.JenisKonten), b.JenisKonten, b.Isi);
        }
    }
}
