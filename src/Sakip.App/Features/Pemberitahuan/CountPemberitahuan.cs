using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>How many of the user's notifications are unread: the count beside the menu link on every page.</summary>
public static class CountPemberitahuan
{
    public sealed record Query;

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct) =>
            await db.Pemberitahuans.AsNoTracking().CountAsync(n => n.PenggunaId == pelaku.PenggunaId && n.DibacaPada == null, ct);
    }
}
