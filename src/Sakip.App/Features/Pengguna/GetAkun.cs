using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>The signed-in user's own account as the account page shows it.</summary>
public static class GetAkun
{
    public sealed record Query;

    public sealed record Hasil(string NamaPengguna, string NamaLengkap, string? Surel);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct) =>
            await db.Set<Entities.Pengguna>().AsNoTracking().Where(p => p.Id == pelaku.PenggunaId)
                .Select(p => new Hasil(p.NamaPengguna, p.NamaLengkap, p.Surel)).SingleAsync(ct);
    }
}
