using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Testing;
using PemberitahuanEntity = Sakip.App.Entities.Pemberitahuan;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>Reads what the notification tests assert on.</summary>
internal static class PemberitahuanUji
{
    /// <summary>The notifications of one user, oldest first.</summary>
    public static Task<List<PemberitahuanEntity>> MilikAsync(DatabaseFixture fixture, int penggunaId) =>
        fixture.ExecuteDbContextAsync(db => db.Pemberitahuans.AsNoTracking().Where(n => n.PenggunaId == penggunaId).OrderBy(n => n.Id).ToListAsync());

    /// <summary>Adds a notification for a user directly (the arrange step of the list and read tests).</summary>
    public static async Task<int> TambahAsync(DatabaseFixture fixture, int penggunaId, string judul, bool dibaca = false)
    {
        var n = new PemberitahuanEntity
        {
            PenggunaId = penggunaId,
            Jenis = JenisPemberitahuan.Diverifikasi,
            Judul = judul,
            Tautan = "/Realisasi",
            DibuatPada = fixture.Clock.GetUtcNow(),
            DibacaPada = dibaca ? fixture.Clock.GetUtcNow() : null,
        };
        await fixture.InsertAsync(n);
        return n.Id;
    }
}
