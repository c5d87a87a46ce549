using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Indicators of a Renstra sasaran with a target for each year, and their cascade from the parent satker.</summary>
public class EditIndikatorRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna pelaku, EditIndikatorRenstra.Command c) =>
        fixture.SendAsync<EditIndikatorRenstra.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    private Task<GetRenstra.Hasil> Baca(App.Keamanan.AksesPengguna pelaku, Satker satker) =>
        fixture.SendAsync<GetRenstra.Handler, GetRenstra.Hasil>(async h => (await h.HandleAsync(pelaku, new GetRenstra.Query(satker.Kode), default)).Pasti());

    [Fact]
    public async Task YearlyTargets_AreCheckedPerYear_AndEachBadYearIsNamedOnItsField()
    {
        var satker = await fixture.SatkerAsync();
        var sasaran = (await fixture.RenstraAsync(satker, 2024, 2028)).Sasarans.Single().Id;
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var salah = await Simpan(op, new(sasaran, null, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "77 %", [2026] = "banyak", [2031] = "80 %" }));
        Assert.Equal(JenisKegagalan.TidakSah, salah.Jenis);
        Assert.Contains(salah.Kesalahans, k => k.Bidang == "Targets[2026]" && k.Pesan.StartsWith("Target 2026:", StringComparison.Ordinal));
        Assert.Contains(salah.Kesalahans, k => k.Bidang == "Targets[2031]" && k.Pesan == "Target 2031: di luar periode Renstra 2024-2028.");

        var ind = await Simpan(op, new(sasaran, null, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "77 %", [2026] = "78 %", [2027] = "", [2028] = "BB" }));
        Assert.True(ind.Berhasil, ind.Pesan);
        Assert.Equal(new Dictionary<int, string> { [2025] = "77 %", [2026] = "78 %", [2028] = "BB" }, (await Baca(op, satker)).Sasarans.Single().Indikators.Single(i => i.Kode == "1").Targets);

        var ubah = await Simpan(op, new(sasaran, ind.Pasti(), "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "75 %" }, Revisi: 1));
        Assert.True(ubah.Berhasil, ubah.Pesan);
        Assert.Equal(new Dictionary<int, string> { [2025] = "75 %" }, (await Baca(op, satker)).Sasarans.Single().Indikators.Single(i => i.Kode == "1").Targets);
        Assert.Equal(JenisKegagalan.Konflik, (await Simpan(op, new(sasaran, ind.Pasti(), "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "70 %" }, Revisi: 1))).Jenis);
        Assert.Equal("Kode indikator: '1' sudah dipakai indikator lain pada sasaran SS1.", (await Simpan(op, new(sasaran, null, "1", "Indikator lain", new Dictionary<int, string?>()))).Pesan);
    }

    [Fact]
    public async Task AnIndicatorCascadesOnlyFromAnIndicatorOfTheSasaranItsSasaranRefersTo()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await fixture.SatkerAsync(provinsi);
        var indukSasaran = (await fixture.RenstraAsync(provinsi)).Sasarans.Single();
        var indukIndikator = indukSasaran.Indikators.Single().Id;
        var sasaranKota = (await fixture.RenstraAsync(kota)).Sasarans.Single().Id;
        var op = await fixture.PelakuAsync(Peran.Operator, kota);
        var ind = (await Simpan(op, new(sasaranKota, null, "1", "Partisipasi pemilih", new Dictionary<int, string?>()))).Pasti();

        var tanpaRujukan = await Simpan(op, new(sasaranKota, ind, "1", "Partisipasi pemilih", new Dictionary<int, string?>(), indukIndikator, Revisi: 1));
        Assert.StartsWith("Indikator induk:", tanpaRujukan.Pesan, StringComparison.Ordinal);

        Assert.True((await fixture.SendAsync<LinkSasaranRenstra.Handler, Jawaban<bool>>(h => h.HandleAsync(op, new LinkSasaranRenstra.Command(sasaranKota, indukSasaran.Id), default))).Berhasil);
        var turun = await Simpan(op, new(sasaranKota, ind, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "75 %" }, indukIndikator, Revisi: 1));
        Assert.True(turun.Berhasil, turun.Pesan);
        var dibaca = (await Baca(op, kota)).Sasarans.Single();
        Assert.Equal(indukIndikator, dibaca.Indikators.Single(i => i.Kode == "1").Induk!.Id);
        Assert.Contains(dibaca.IndikatorInduk!, r => r.Id == indukIndikator && r.KodeSatker == provinsi.Kode);
        Assert.Equal(indukIndikator, await fixture.ExecuteDbContextAsync(db => db.IndikatorRenstras.Where(i => i.Id == ind).Select(i => i.IndukId).SingleAsync()));
    }
}
