using Microsoft.EntityFrameworkCore;
using Sakip.App.Audit;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Audit;

/// <summary>
/// Walks the audit trail in order and checks every link: each row must name the previous row's
/// hash, and its own hash must match its content (<c>sakip audit verify</c>).
/// </summary>
public static class VerifyAudit
{
    public sealed record Query;

    /// <param name="Utuh">True when every link holds.</param>
    /// <param name="JumlahBaris">Rows checked.</param>
    /// <param name="IdRusak">The first row whose link is broken.</param>
    /// <param name="Pesan">What is wrong with it, in Bahasa Indonesia.</param>
    public sealed record Hasil(bool Utuh, long JumlahBaris, long? IdRusak, string? Pesan);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Query query, CancellationToken ct)
        {
            var sebelumnya = JejakAudit.HashAwal;
            long jumlah = 0;
            long terakhir = 0;
            const int Halaman = 2000;
            while (true)
            {
                var batch = await db.JejakAudits.AsNoTracking().Where(a => a.Id > terakhir).OrderBy(a => a.Id).Take(Halaman).ToListAsync(ct);
                foreach (var a in batch)
                {
                    jumlah++;
                    if (a.HashSebelumnya != sebelumnya)
                    {
                        return new Hasil(false, jumlah, a.Id, $"baris {a.Id} tidak menyambung ke baris sebelumnya (ada baris yang dihapus, disisipkan atau diubah hash-nya)");
                    }

                    if (RantaiAudit.HitungHash(a) != a.Hash)
                    {
                        return new Hasil(false, jumlah, a.Id, $"isi baris {a.Id} ({a.Aksi} {a.Entitas} {a.KunciEntitas} oleh {a.Pelaku}) tidak cocok dengan hash-nya: baris ini telah diubah");
                    }

                    sebelumnya = a.Hash;
                    terakhir = a.Id;
                }

                if (batch.Count < Halaman)
                {
                    return new Hasil(true, jumlah, null, null);
                }
            }
        }
    }
}
