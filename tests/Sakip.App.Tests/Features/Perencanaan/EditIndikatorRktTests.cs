using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Domain.Capaian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>RKT indicators: target, formula, and two editors of one indicator.</summary>
public class EditIndikatorRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna a, EditIndikatorRkt.Command c) => fixture.SendAsync<EditIndikatorRkt.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task BadTargetsAndFormulas_AreRefused_AndTheLaterOfTwoEditorsLoses()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var (_, sasaranId) = await RktUji.TulisAsync(fixture, op, satker, 2026);

        Assert.StartsWith("Target:", (await Simpan(op, new(sasaranId, null, null, "X", "banyak", null, null, null, Polaritas.Naik))).Pesan, StringComparison.Ordinal);
        Assert.StartsWith("Rumus: 'dpk +' tidak terbaca", (await Simpan(op, new(sasaranId, null, null, "X", "5", null, null, "dpk +", Polaritas.Naik))).Pesan, StringComparison.Ordinal);

        var ind = await RktUji.IndikatorsAsync(fixture, sasaranId);
        Assert.Equal(["0,16 %", "BB"], ind.Select(i => i.TargetTeks));
        Assert.Equal("dpk / (dpt + dptb) x 100", ind[0].Rumus);
        var pertama = await Simpan(op, new(sasaranId, ind[1].Id, ind[1].Revisi, "Nilai evaluasi SAKIP", "A", null, null, null, Polaritas.Naik));
        var basi = await Simpan(op, new(sasaranId, ind[1].Id, ind[1].Revisi, "Nilai evaluasi SAKIP", "AA", null, null, null, Polaritas.Naik));
        Assert.True(pertama.Berhasil, pertama.Pesan);
        Assert.Equal(JenisKegagalan.Konflik, basi.Jenis);
        Assert.Equal("A", await fixture.ExecuteDbContextAsync(db => db.Set<IndikatorRkt>().Where(i => i.Id == ind[1].Id).Select(i => i.TargetTeks).SingleAsync()));
    }

    [Fact]
    public async Task AnIndicatorIsDeleted_OnlyOnItsOwnRevision()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var (_, sasaranId) = await RktUji.TulisAsync(fixture, op, satker, 2026);
        var ind = (await RktUji.IndikatorsAsync(fixture, sasaranId))[0];

        Assert.Equal(JenisKegagalan.Konflik, (await Simpan(op, new(sasaranId, ind.Id, ind.Revisi + 1, null, null, null, null, null, Polaritas.Naik, Hapus: true))).Jenis);
        Assert.True((await Simpan(op, new(sasaranId, ind.Id, ind.Revisi, null, null, null, null, null, Polaritas.Naik, Hapus: true))).Berhasil);
        Assert.Single(await RktUji.IndikatorsAsync(fixture, sasaranId));
    }
}
