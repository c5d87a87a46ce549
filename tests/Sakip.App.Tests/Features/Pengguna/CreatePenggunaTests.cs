using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>CreatePengguna, GrantHakAkses, RevokeHakAkses, ListPengguna and GetAkses together, as an administrator and a pimpinan use them.</summary>
public class CreatePenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    private Task<Jawaban<int>> Buat(AksesPengguna pelaku, CreatePengguna.Command c) =>
        fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    [Fact]
    public async Task Create_ChecksPasswordRulesNameAndScope()
    {
        var pimpinan = await Akses("pimpinan.1871");

        var lemah = await Buat(pimpinan, new() { NamaPengguna = "staf.baru", NamaLengkap = "Staf Baru", KataSandi = "pendek", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.False(lemah.Berhasil);
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("minimal 12", StringComparison.Ordinal));
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("huruf dan angka", StringComparison.Ordinal));

        var ganda = await Buat(pimpinan, new() { NamaPengguna = "Operator.1871", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.Contains(ganda.Kesalahans, k => k.Bidang == "NamaPengguna" && k.Pesan.Contains("sudah dipakai", StringComparison.Ordinal));

        var luarCakupan = await Buat(pimpinan, new() { NamaPengguna = "staf.lain", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1801" });
        Assert.Contains(luarCakupan.Kesalahans, k => k.Bidang == "KodeSatker");

        var admin = await Buat(pimpinan, new() { NamaPengguna = "calon.admin", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Administrator, KodeSatker = "1871" });
        Assert.Contains(admin.Kesalahans, k => k.Bidang == "Peran");

        var baik = await Buat(pimpinan, new() { NamaPengguna = "Staf.Baru", NamaLengkap = "Staf Baru", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.True(baik.Berhasil, baik.Pesan);
        var daftar = await fixture.SendAsync<ListPengguna.Handler, IReadOnlyList<ListPengguna.Item>>(async h => (await h.HandleAsync(pimpinan, new ListPengguna.Query(), default)).Pasti());
        Assert.Contains(daftar, p => p.NamaPengguna == "staf.baru" && p.HakAkses.Single().Peran == Peran.Operator);
        Assert.DoesNotContain(daftar, p => p.NamaPengguna == "operator.1801");
    }
}
