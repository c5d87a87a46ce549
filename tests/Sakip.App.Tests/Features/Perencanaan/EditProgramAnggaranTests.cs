using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>The year's programmes with their pagu, as people write rupiah.</summary>
public class EditProgramAnggaranTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna a, EditProgramAnggaran.Command c) => fixture.SendAsync<EditProgramAnggaran.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    private Task<GetRkt.Hasil> Baca(App.Keamanan.AksesPengguna a, Satker s) =>
        fixture.SendAsync<GetRkt.Handler, GetRkt.Hasil>(async h => (await h.HandleAsync(a, new GetRkt.Query(s.Kode, 2026), default)).Pasti());

    [Fact]
    public async Task APaguIsOneNonNegativeRupiahAmount_AndAProgrammeCanBeDeleted()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var program = await Simpan(op, new(satker.Kode, 2026, null, null, "076.01.WA", "Program Dukungan Manajemen", "Rp 1.250.000.000"));
        Assert.True(program.Berhasil, program.Pesan);
        Assert.StartsWith("Pagu:", (await Simpan(op, new(satker.Kode, 2026, null, null, null, "Program lain", "-5"))).Pesan, StringComparison.Ordinal);
        Assert.Equal(1_250_000_000m, (await Baca(op, satker)).TotalPagu);

        Assert.True((await Simpan(op, new(satker.Kode, 2026, program.Pasti(), 1, null, null, null, Hapus: true))).Berhasil);
        Assert.Empty((await Baca(op, satker)).Programs);
    }

    [Fact]
    public async Task AProvinceWithDescendants_NeverWritesAKabKotasProgrammes()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await fixture.SatkerAsync(provinsi);
        var operatorProvinsi = await fixture.PelakuAsync(Peran.Operator, provinsi, termasukTurunan: true);

        Assert.Equal(JenisKegagalan.Ditolak, (await Simpan(operatorProvinsi, new(kota.Kode, 2026, null, null, null, "Program titipan provinsi", "Rp 1.000"))).Jenis);
    }
}
