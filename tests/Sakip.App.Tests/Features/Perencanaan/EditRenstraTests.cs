using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Writing a Renstra (period, visi/misi/tujuan, sasaran, indicators with yearly targets) on a real database.</summary>
public class EditRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<int>> Jalankan(Func<EditRenstra.Handler, Task<Jawaban<int>>> aksi) => fixture.SendAsync(aksi);

    private async Task<GetRenstra.Hasil> Baca(AksesPengguna a) =>
        (await fixture.SendAsync<GetRenstra.Handler, Jawaban<GetRenstra.Hasil>>(h => h.HandleAsync(new GetRenstra.Query(a, "1801"), default))).Value!;

    [Fact]
    public async Task AKabupatenWritesItsRenstra_FromPeriodToYearlyTargets()
    {
        var op = await fixture.AksesAsync("operator.1801");

        var lain = await fixture.AksesAsync("operator.1871");
        Assert.Equal(JenisKegagalan.Ditolak, (await Jalankan(h => h.BuatAsync(lain, new("1801", 2025, 2029), default))).Jenis);
        Assert.StartsWith("Periode Renstra", (await Jalankan(h => h.BuatAsync(op, new("1801", 2025, 2040), default))).Pesan, StringComparison.Ordinal);
        Assert.True((await Jalankan(h => h.BuatAsync(op, new("1801", 2024, 2028), default))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Jalankan(h => h.BuatAsync(op, new("1801", 2027, 2031), default))).Jenis);

        Assert.True((await Jalankan(h => h.SimpanPernyataanAsync(op, new("1801", "Penyelenggara pemilu yang mandiri", "Misi satu\n\n  Misi dua  \n", "Tujuan satu", Revisi: 0), default))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Jalankan(h => h.SimpanPernyataanAsync(op, new("1801", "Visi dari formulir lama", null, null, Revisi: 0), default))).Jenis);
        var sasaran = await Jalankan(h => h.SimpanSasaranAsync(op, new("1801", null, "SS1", "Meningkatnya partisipasi pemilih", "Penyelenggaraan Pemilu", null), default));
        Assert.True(sasaran.Berhasil, sasaran.Pesan);
        Assert.Equal("Kode sasaran: 'ss1' sudah dipakai sasaran lain.", (await Jalankan(h => h.SimpanSasaranAsync(op, new("1801", null, "ss1", "Lain", null, null), default))).Pesan);

        var salah = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, null, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "77 %", [2026] = "banyak", [2031] = "80 %" }), default));
        Assert.Contains("Target 2026:", salah.Pesan, StringComparison.Ordinal);
        Assert.Contains("Target 2031: di luar periode Renstra 2024-2028.", salah.Pesan, StringComparison.Ordinal);
        var ind = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, null, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "77 %", [2026] = "78 %", [2027] = "", [2028] = "BB" }), default));
        Assert.True(ind.Berhasil, ind.Pesan);

        var r = await Baca(op);
        Assert.Equal(("Penyelenggara pemilu yang mandiri", 2024, 2028), (r.Visi!, r.TahunAwal, r.TahunAkhir));
        Assert.Equal(["Misi satu", "Misi dua"], r.Misi);
        var targets = r.Sasarans.Single().Indikators.Single().Targets;
        Assert.Equal(new Dictionary<int, string> { [2025] = "77 %", [2026] = "78 %", [2028] = "BB" }, targets);

        var ubah = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, ind.Value, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "75 %" }, Revisi: 1), default));
        Assert.True(ubah.Berhasil, ubah.Pesan);
        Assert.Equal(new Dictionary<int, string> { [2025] = "75 %" }, (await Baca(op)).Sasarans.Single().Indikators.Single().Targets);
        var basi = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, ind.Value, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "70 %" }, Revisi: 1), default));
        Assert.Equal(JenisKegagalan.Konflik, basi.Jenis);
        var kembar = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, null, "1", "Indikator lain", new Dictionary<int, string?>()), default));
        Assert.Equal("Kode indikator: '1' sudah dipakai indikator lain pada sasaran SS1.", kembar.Pesan);

        // Cascading: the kabupaten's sasaran refers to a province sasaran, and its indicator to one of that sasaran's indicators.
        var indukSasaran = await fixture.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.SasaranRenstras.Where(x => x.Renstra.Satker.Kode == "18").OrderBy(x => x.Id).Select(x => x.Id)));
        var provinsi = await fixture.AksesAsync("operator.18");
        var indukIndikator = (await Jalankan(h => h.SimpanIndikatorAsync(provinsi, new(indukSasaran, null, "P1", "Partisipasi pemilih se-provinsi", new Dictionary<int, string?>()), default))).Value;
        var tanpaRujukan = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, ind.Value, "1", "Partisipasi pemilih", new Dictionary<int, string?>(), indukIndikator, Revisi: 2), default));
        Assert.StartsWith("Indikator induk:", tanpaRujukan.Pesan, StringComparison.Ordinal);
        var rujuk = await fixture.SendAsync<LinkSasaranRenstra.Handler, Jawaban<bool>>(h => h.HandleAsync(op, new LinkSasaranRenstra.Command(sasaran.Value, indukSasaran), default));
        Assert.True(rujuk.Berhasil, rujuk.Pesan);
        var turun = await Jalankan(h => h.SimpanIndikatorAsync(op, new(sasaran.Value, ind.Value, "1", "Partisipasi pemilih", new Dictionary<int, string?> { [2025] = "75 %" }, indukIndikator, Revisi: 2), default));
        Assert.True(turun.Berhasil, turun.Pesan);
        var dibaca = (await Baca(op)).Sasarans.Single();
        Assert.Equal(indukIndikator, dibaca.Indikators.Single().Induk!.Id);
        Assert.Contains(dibaca.IndikatorInduk!, r => r.Id == indukIndikator && r.KodeSatker == "18");
    }
}
