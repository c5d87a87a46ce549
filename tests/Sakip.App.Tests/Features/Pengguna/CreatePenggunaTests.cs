using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Creating an account: password rules, a unique name, and only within the creator's management reach.</summary>
public class CreatePenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Buat(AksesPengguna pelaku, CreatePengguna.Command c) =>
        fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    [Fact]
    public async Task Create_ChecksPasswordRulesNameAndScope()
    {
        var satker = await fixture.SatkerAsync();
        var lain = await fixture.SatkerAsync();
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        var ada = await fixture.AkunAsync(Peran.Operator, satker);
        var nama = $"staf.{DataUji.Nomor()}";

        var lemah = await Buat(pimpinan, new() { NamaPengguna = nama, NamaLengkap = "Staf Baru", KataSandi = "pendek", Peran = Peran.Operator, KodeSatker = satker.Kode });
        Assert.Equal(JenisKegagalan.TidakSah, lemah.Jenis);
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("minimal 12", StringComparison.Ordinal));
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("huruf dan angka", StringComparison.Ordinal));

        var ganda = await Buat(pimpinan, new() { NamaPengguna = ada.Nama.ToUpperInvariant(), NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = satker.Kode });
        Assert.Contains(ganda.Kesalahans, k => k.Bidang == "NamaPengguna" && k.Pesan.Contains("sudah dipakai", StringComparison.Ordinal));

        var luarCakupan = await Buat(pimpinan, new() { NamaPengguna = nama, NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = lain.Kode });
        Assert.Contains(luarCakupan.Kesalahans, k => k.Bidang == "KodeSatker");

        var admin = await Buat(pimpinan, new() { NamaPengguna = nama, NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Administrator, KodeSatker = satker.Kode });
        Assert.Contains(admin.Kesalahans, k => k.Bidang == "Peran");

        var baik = await Buat(pimpinan, new() { NamaPengguna = nama.ToUpperInvariant(), NamaLengkap = "Staf Baru", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = satker.Kode });
        Assert.True(baik.Berhasil, baik.Pesan);
        var daftar = await fixture.SendAsync<ListPengguna.Handler, IReadOnlyList<ListPengguna.Item>>(async h => (await h.HandleAsync(pimpinan, new ListPengguna.Query(), default)).Pasti());
        Assert.Contains(daftar, p => p.NamaPengguna == nama && p.HakAkses.Single().Peran == Peran.Operator);
    }
}
