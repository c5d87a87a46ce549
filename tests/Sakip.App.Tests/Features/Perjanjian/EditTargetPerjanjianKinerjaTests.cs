using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Targets of a draft PK, as people write them; every cell is checked, one bad cell writes nothing.</summary>
public class EditTargetPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Ubah(App.Keamanan.AksesPengguna a, int pk, Dictionary<int, string> targets, int? revisi = null) =>
        fixture.SendAsync<EditTargetPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(pk, targets, revisi), default));

    [Fact]
    public async Task EachBadCellIsNamedOnItsField_AndNothingIsWritten_UntilAllAreRight()
    {
        var satker = await fixture.SatkerAsync();
        var draf = new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null).WithIndikator("1.2", 12, null, satuan: "kali").Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);
        var ids = pk.Sasarans.Single().Indikators.ToDictionary(i => i.Kode, i => i.Id);
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var salah = await Ubah(op, pk.Id, new() { [ids["1.1"]] = "95 %", [ids["1.2"]] = "dua belas" });
        Assert.Equal(JenisKegagalan.TidakSah, salah.Jenis);
        Assert.Equal(EditTargetPerjanjianKinerja.Bidang(ids["1.2"]), Assert.Single(salah.Kesalahans).Bidang);
        Assert.Equal(90m, (await PerjanjianUji.BacaAsync(fixture, pk.Id)).Sasarans.Single().Indikators.Single(i => i.Kode == "1.1").TargetNilai);

        Assert.True((await Ubah(op, pk.Id, new() { [ids["1.1"]] = "95 %", [ids["1.2"]] = "24 kali" }, revisi: 0)).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Ubah(op, pk.Id, new() { [ids["1.1"]] = "96 %" }, revisi: 0)).Jenis);
        Assert.Equal(24m, (await PerjanjianUji.BacaAsync(fixture, pk.Id)).Sasarans.Single().Indikators.Single(i => i.Kode == "1.2").TargetNilai);
    }

    [Fact]
    public async Task ASignedVersion_IsLocked_AndAReaderIsRefused()
    {
        var satker = await fixture.SatkerAsync();
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null));
        var ind = pk.Sasarans.Single().Indikators.Single().Id;

        Assert.Equal(PerjanjianKinerja.PesanTerkunci, (await Ubah(await fixture.PelakuAsync(Peran.Operator, satker), pk.Id, new() { [ind] = "95 %" })).Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await fixture.PelakuAsync(Peran.Pemantau, satker), pk.Id, new() { [ind] = "95 %" })).Jenis);
    }
}
