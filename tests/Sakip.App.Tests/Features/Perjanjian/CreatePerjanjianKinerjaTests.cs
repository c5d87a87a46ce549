using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Tests.Features.Perencanaan;
using Sakip.Domain.Capaian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Preparing a new PK draft, empty or from the year's RKT.</summary>
public class CreatePerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Buat(App.Keamanan.AksesPengguna a, CreatePerjanjianKinerja.Command c) =>
        fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task FromTheRkt_CarriesSasaranIndicatorsTargetsAndFormula_OncePerAgreement()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var (rktId, _) = await RktUji.TulisAsync(fixture, op, satker, 2025);
        var ketua = (await PerjanjianUji.PegawaiAsync(fixture, satker))[0];

        var dibuat = await Buat(op, new(satker.Kode, 2025, rktId, ketua, null, "Bandar Lampung"));

        var pk = await PerjanjianUji.BacaAsync(fixture, dibuat.Pasti());
        Assert.Equal((CreatePerjanjianKinerja.KodeKetua, 1, StatusPerjanjianKinerja.Draf, ketua, (int?)null, new DateOnly(2025, 1, 1)), (pk.Kode, pk.Versi, pk.Status, pk.PihakPertamaId!.Value, pk.PihakKeduaId, pk.BerlakuMulai));
        var ind = pk.Sasarans.Single().Indikators.OrderBy(i => i.Urutan).ToList();
        Assert.Equal(("1.1", JenisTarget.Angka, 0.16m, "persen", Polaritas.Turun, "dpk / (dpt + dptb) x 100"), (ind[0].Kode, ind[0].JenisTarget, ind[0].TargetNilai!.Value, ind[0].Satuan!, ind[0].Polaritas, ind[0].Rumus!));
        Assert.Equal(("1.2", JenisTarget.Predikat, "BB"), (ind[1].Kode, ind[1].JenisTarget, ind[1].TargetPredikat!));

        Assert.Equal(JenisKegagalan.Konflik, (await Buat(op, new(satker.Kode, 2025, null, ketua, null, null))).Jenis);
    }

    [Fact]
    public async Task ThePartiesAreTheSatkersOwnPeople_AndTheSecondPartyMakesASekretarisAgreement()
    {
        var satker = await fixture.SatkerAsync();
        var lain = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var pegawai = await PerjanjianUji.PegawaiAsync(fixture, satker);

        var asing = await Buat(op, new(satker.Kode, 2025, null, (await PerjanjianUji.PegawaiAsync(fixture, lain))[0], pegawai[0], null));
        Assert.Equal($"Pilih pihak pertama dari pegawai {satker.Nama}.", asing.Pesan);

        var sekretaris = await Buat(op, new(satker.Kode, 2027, null, pegawai[1], pegawai[0], "Bandar Lampung"));
        Assert.Equal(CreatePerjanjianKinerja.KodeSekretaris, (await PerjanjianUji.BacaAsync(fixture, sekretaris.Pasti())).Kode);
        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(await fixture.PelakuAsync(Peran.Evaluator, satker), new(satker.Kode, 2028, null, pegawai[0], null, null))).Jenis);
    }
}
