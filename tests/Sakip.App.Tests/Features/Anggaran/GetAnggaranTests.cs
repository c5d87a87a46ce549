using Sakip.App.Entities;
using Sakip.App.Features.Anggaran;
using Sakip.Domain.Anggaran;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>The demo's budget year of Bandar Lampung, number for number with the LKjIP 2024.</summary>
public class GetAnggaranTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<GetAnggaran.Hasil> BacaAsync(string akun, string satker)
    {
        var pelaku = await fixture.AksesAsync(akun);
        return (await fixture.SendAsync<GetAnggaran.Handler, Jawaban<GetAnggaran.Hasil>>(h => h.HandleAsync(pelaku, new(satker, null), default))).Pasti();
    }

    [Fact]
    public async Task TheDemo_HasTheSeedsTotals_Hibah_Apbn_Realisation_Logistics_AndRevisions()
    {
        var h = await BacaAsync("pemantau.1871", "1871");
        var pohon = h.Data.Pohon!;

        Assert.Equal(2024, h.Tahun);
        Assert.Equal(37_000_000_000m, pohon.PerSumber[SumberDana.HibahDalamNegeri].Pagu);
        Assert.Equal(45_080_156_000m, pohon.PerSumber[SumberDana.RupiahMurni].Pagu);
        Assert.Equal(82_032_075_479m, pohon.Jumlah.Realisasi);
        Assert.Equal(99.94m, pohon.Jumlah.Penyerapan);
        var logistik = pohon.Cari(KodeAnggaran.Dari("076.01.CQ.6871"))!.Jumlah;
        Assert.Equal((3_315_671_000m, 3_311_624_999m), (logistik.Pagu, logistik.Realisasi));
        Assert.Equal(22, h.Data.JumlahRevisi);
        Assert.Empty(h.Data.Temuan);
        Assert.Empty(h.TemuanProgram); // Tabel 6's programme totals agree with the DIPA
        Assert.False(h.BolehKelola);

        // The fixture's clock stands at 31 December 2024: January to November are due.
        Assert.Equal((11, 11, 100m), (h.Data.Kepatuhan.Wajib, h.Data.Kepatuhan.TepatWaktuDanValid, h.Data.Kepatuhan.Persen!.Value));
        Assert.Equal(
            [("5.1", UkuranAnggaran.JumlahRevisi, 22m, 22m), ("5.3", UkuranAnggaran.SimonikaTepatWaktuValid, 100m, 100m)],
            h.Indikators.Select(i => (i.Kode, i.Ukuran, i.Nilai!.Value, i.Realisasi!.Value / 1.000000m)));
        Assert.StartsWith("22 revisi DIPA 2024, terakhir revisi ke-22 tanggal", h.Indikators[0].Sumber, StringComparison.Ordinal);

        Assert.Equal(["1", "2", "3", "5"], h.Efisiensi.Select(e => e.KodeSasaran));
        var sasaran5 = h.Efisiensi.Single(e => e.KodeSasaran == "5");
        Assert.Equal(["076.01.CQ.6868", "076.01.WA"], sasaran5.Kodes);
        Assert.Equal(866_381_000m + 3_006_385_000m, sasaran5.Angka.Pagu);
        Assert.NotNull(sasaran5.Capaian);
        Assert.Equal(sasaran5.Capaian - sasaran5.Angka.Penyerapan, sasaran5.Selisih);
    }

    [Fact]
    public async Task TheProvince_HasItsTwoPrograms_TheOperatorMayManage_AndAnotherSatkersPeopleMayNotRead()
    {
        var h = await BacaAsync("operator.18", "18");
        Assert.Equal([("076.01.CQ", 38_219_609_000m), ("076.01.WA", 12_823_045_000m)], h.Data.Pohon!.Akar.Select(a => (a.Kode.Kode, a.Jumlah.Pagu)));
        Assert.Null(h.Data.Pohon.Jumlah.RencanaBulan);
        Assert.True(h.BolehKelola);

        var lain = await fixture.SendAsync<GetAnggaran.Handler, Jawaban<GetAnggaran.Hasil>>(async x => await x.HandleAsync(await fixture.AksesAsync("operator.1801"), new("1871", 2024), default));
        Assert.Equal(JenisKegagalan.Ditolak, lain.Jenis);
    }

    [Fact]
    public async Task ProgrammesOfTheRktAndPk_AreComparedWithTheDipa_ByCodeOrName()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();
        await fixture.InsertAsync(
            new ProgramAnggaran { SatkerId = a.Satker.Id, Tahun = 2024, Urutan = 1, Nama = "Program  dukungan manajemen", Pagu = 3_000_000m },
            new ProgramAnggaran { SatkerId = a.Satker.Id, Tahun = 2024, Urutan = 2, Kode = "076.01.cq", Nama = "Penyelenggaraan Pemilu", Pagu = 600_000m },
            new ProgramAnggaran { SatkerId = a.Satker.Id, Tahun = 2024, Urutan = 3, Nama = "Program Lain", Pagu = 1m });

        Assert.Equal(
            [
                "Program Penyelenggaraan Pemilu: pagu di RKT dan PK Rp 600.000, di DIPA yang berlaku (076.01.CQ) Rp 500.000 (selisih -Rp 100.000)",
                "Program Program Lain (pagu Rp 1 di RKT dan PK) tidak ada di DIPA yang berlaku",
            ],
            (await a.BacaAsync(fixture)).Pasti().TemuanProgram);
    }

    [Fact]
    public async Task AYearWithoutADipa_IsEmpty_NotAnError()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var h = (await a.BacaAsync(fixture)).Pasti();
        Assert.Null(h.Data.Pohon);
        Assert.Equal(0, h.Data.JumlahRevisi);
        Assert.Empty(h.Tahuns);
        Assert.Equal(JenisKegagalan.TidakSah, (await fixture.SendAsync<GetAnggaran.Handler, Jawaban<GetAnggaran.Hasil>>(x => x.HandleAsync(a.Pemantau, new(a.Kode, 1999), default))).Jenis);
    }
}
