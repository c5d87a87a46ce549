using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>The demo accounts of KPU Provinsi Lampung and its kab/kota, shared by the account-management tests.</summary>
public abstract class PenggunaDemoUji(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    protected DatabaseFixture Fixture => fixture;

    protected const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    protected async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    protected Task<Jawaban<int>> Buat(AksesPengguna pelaku, CreatePengguna.Command c) =>
        fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));
}
