using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Demo;
using Sakip.Domain.Agregasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Demo;

/// <summary>The synthetic nation: the real shape of the tree, a signed PK and a year of realisasi per satker, accounts that sign in; run twice, it adds nothing.</summary>
public class GenerateNasionalTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GenerateNasional.Hasil>> BuatAsync(GenerateNasional.Command c) =>
        fixture.SendAsync<GenerateNasional.Handler, Jawaban<GenerateNasional.Hasil>>(h => h.HandleAsync(c, default));

    [Fact]
    public void TheTree_HasTheNationsShape()
    {
        Assert.Equal(38, GenerateNasional.Provinsi.Length);
        Assert.Equal(514, GenerateNasional.Provinsi.Sum(p => p.KabKota));
        Assert.Equal(98, GenerateNasional.Provinsi.Sum(p => p.Kota));
        Assert.Equal(553, 1 + GenerateNasional.Provinsi.Length + GenerateNasional.Provinsi.Sum(p => p.KabKota));
        Assert.Equal(38, GenerateNasional.Provinsi.Select(p => p.Kode).Distinct().Count());
    }

    [Fact]
    public async Task BadInput_IsRefusedOnItsField_AndNothingIsWritten()
    {
        Task<int> JumlahSatker() => fixture.ExecuteDbContextAsync(db => db.Satkers.CountAsync());
        var sebelum = await JumlahSatker();
        var salah = await BuatAsync(new GenerateNasional.Command(1800, 2, "pendek"));
        Assert.Equal(["Tahun", "Indikator", "KataSandi"], salah.Kesalahans.Select(k => k.Bidang));
        Assert.Equal(sebelum, await JumlahSatker());
    }

    [Fact]
    public async Task TwoProvinces_InTheRealShape_MeasuredByTheOversightOfKpuRi()
    {
        var hasil = (await BuatAsync(new GenerateNasional.Command(2024, 4, "SandiNasionalUji2024", BatasProvinsi: 2))).Pasti();
        Assert.Equal(1 + 2 + 23 + 33, hasil.Satker);
        Assert.Equal(2 * hasil.Satker, hasil.Pengguna);
        Assert.InRange(hasil.Realisasi, hasil.Satker * 4 * 10, hasil.Satker * 4 * 12);

        var kode = await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Induk!.Kode == "11").Select(s => s.Kode).ToListAsync());
        Assert.Equal([.. Enumerable.Range(1, 18).Select(i => $"11{i:00}"), .. Enumerable.Range(71, 5).Select(i => $"11{i}")], kode.Order(StringComparer.Ordinal));

        // Run again: nothing new.
        Assert.Equal(new GenerateNasional.Hasil(0, 0, 0), (await BuatAsync(new GenerateNasional.Command(2024, 4, "SandiNasionalUji2024", BatasProvinsi: 2))).Pasti());

        var pimpinanRi = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Where(p => p.NamaPengguna == "pimpinan.00").Select(p => p.Id).SingleAsync());
        var ri = await fixture.AksesDariAsync(pimpinanRi);
        var pengawasan = (await fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(ri, new("00", 2024), default))).Pasti();
        Assert.Equal(59, pengawasan.Barises.Count);
        Assert.Equal(59, pengawasan.Barises.Count(b => b.Ditandatangani));
        Assert.Equal(2, pengawasan.Wilayahs.Count);
        var laporan = pengawasan.IndikatorBersama.Single(g => g.Kode == "1.1");
        Assert.Equal((CaraLintasSatker.JumlahVariabel, 59), (laporan.Cara, laporan.JumlahSatker));
        Assert.True(laporan.Variabel["wajib"] > laporan.Variabel["tepat"]);
        Assert.Contains(pengawasan.IndikatorBersama, g => g.Cara == CaraLintasSatker.TidakDigabung);
    }
}
