using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Creating an account: password rules, a unique name, and only within the creator's management reach.</summary>
public class CreatePenggunaTests(DatabaseFixture fixture) : PenggunaDemoUji(fixture)
{
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
        var daftar = await Fixture.SendAsync<ListPengguna.Handler, IReadOnlyList<ListPengguna.Item>>(async h => (await h.HandleAsync(pimpinan, new ListPengguna.Query(), default)).Pasti());
        Assert.Contains(daftar, p => p.NamaPengguna == "staf.baru" && p.HakAkses.Single().Peran == Peran.Operator);
        Assert.DoesNotContain(daftar, p => p.NamaPengguna == "operator.1801");
    }
}
