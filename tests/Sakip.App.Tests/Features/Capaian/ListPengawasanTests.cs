using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Domain.Agregasi;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Capaian;

/// <summary>A province oversees its kab/kota on one table (the fixture's clock stands on 31 December 2024).</summary>
public class ListPengawasanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EverySatkerUnderTheProvince_WithItsCapaianAndItsRealisasiFilledVerifiedAndOverdue()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await RealisasiUji.BuatAsync(fixture, induk: provinsi);
        var kabupaten = await fixture.SatkerAsync(provinsi);
        var lain = await fixture.SatkerAsync();
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(kabupaten).WithIndikator("1.1", 80, 100));
        var tw1 = await kota.AjukanAsync(fixture, 1);
        (await kota.PutuskanAsync(fixture, kota.Pimpinan, tw1.RealisasiId, true, null, 1)).Pasti();
        await kota.AjukanAsync(fixture, 2);
        var pimpinanProvinsi = await fixture.PelakuAsync((Peran.Pimpinan, provinsi, false), (Peran.Pemantau, provinsi, true));

        var hasil = (await fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(pimpinanProvinsi, new(provinsi.Kode, 2024), default))).Pasti();

        Assert.Equal(new[] { provinsi.Kode, kota.Satker.Kode, kabupaten.Kode }.Order(StringComparer.Ordinal), hasil.Barises.Select(b => b.Kode).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(hasil.Barises, b => b.Kode == lain.Kode);
        Assert.Equal((false, (string?)null), hasil.Barises.Single(b => b.Kode == provinsi.Kode) is var p ? (p.Ditandatangani, p.JudulPerjanjian) : default);
        var k = hasil.Barises.Single(b => b.Kode == kota.Satker.Kode);
        Assert.Equal((3, 2, 1, 1), (k.JumlahPeriode, k.Terisi, k.Terverifikasi, k.Terlambat));
        Assert.Equal(102.22m, Math.Round(k.Capaian!.Value, 2));
        Assert.Equal(125m, hasil.Barises.Single(b => b.Kode == kabupaten.Kode).Capaian);
    }

    [Fact]
    public async Task AKabKota_OverseesOnlyItself_AndAnotherSatkerIsRefused()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        Task<Jawaban<ListPengawasan.Hasil>> Baca(string kode) => fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(op, new(kode, 2024), default));

        Assert.Equal([satker.Kode], (await Baca(satker.Kode)).Pasti().Barises.Select(b => b.Kode));
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca((await fixture.SatkerAsync()).Kode)).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(op, new(satker.Kode, 1800), default))).Jenis);
    }

    private Task<Jawaban<ListPengawasan.Hasil>> BacaAsync(App.Keamanan.AksesPengguna a, string kode, string? provinsi = null) =>
        fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(a, new(kode, 2024, provinsi), default));

    [Fact]
    public async Task ARowKeptBetweenRequests_IsMeasuredAgainAfterItsSatkerChanges()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await RealisasiUji.BuatAsync(fixture, JenisPeriode.Tahun, induk: provinsi);
        var pimpinan = await fixture.PelakuAsync((Peran.Pimpinan, provinsi, false), (Peran.Pemantau, provinsi, true));

        var sebelum = (await BacaAsync(pimpinan, provinsi.Kode)).Pasti().Barises.Single(b => b.Kode == kota.Satker.Kode);
        Assert.Equal((0, (decimal?)null), (sebelum.Terverifikasi, sebelum.Capaian));
        Assert.Equal(sebelum, (await BacaAsync(pimpinan, provinsi.Kode)).Pasti().Barises.Single(b => b.Kode == kota.Satker.Kode));

        var r = await kota.AjukanAsync(fixture, 1, "99 %");
        (await kota.PutuskanAsync(fixture, kota.Pimpinan, r.RealisasiId, true, null, 1)).Pasti();
        var sesudah = (await BacaAsync(pimpinan, provinsi.Kode)).Pasti().Barises.Single(b => b.Kode == kota.Satker.Kode);
        Assert.Equal(110m, sesudah.Capaian);
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.VersiDatas.AnyAsync(v => v.Kunci == VersiData.KunciSatker(kota.Satker.Id) && v.Versi > 1)));
    }

    [Fact]
    public async Task TheNation_PerProvince_FilteredByProvince_WithTheSpreadOfCategories()
    {
        var pusat = await fixture.SatkerAsync(tingkat: TingkatSatker.Pusat);
        var p1 = await fixture.SatkerAsync(pusat, TingkatSatker.Provinsi);
        var p2 = await fixture.SatkerAsync(pusat, TingkatSatker.Provinsi);
        var k1 = await fixture.SatkerAsync(p1);
        var k2 = await fixture.SatkerAsync(p2);
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(k1).WithIndikator("1.1", 80, 100));
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(k2).WithIndikator("1.1", 80, 40));
        var ri = await fixture.PelakuAsync(Peran.Pemantau, pusat, termasukTurunan: true);

        var semua = (await BacaAsync(ri, pusat.Kode)).Pasti();
        Assert.Equal(5, semua.Barises.Count);
        Assert.Equal(new[] { p1.Kode, p2.Kode }.Order(StringComparer.Ordinal), semua.Provinsis.Select(p => p.Kode));
        Assert.Equal(new[] { (p1.Kode, 2, 125m), (p2.Kode, 2, 50m) }.OrderBy(w => w.Kode, StringComparer.Ordinal), semua.Wilayahs.Select(w => (w.Kode, w.JumlahSatker, w.Capaian!.Value)));
        Assert.Equal(new[] { (k1.Kode, p1.Kode), (k2.Kode, p2.Kode) }.Order(), semua.Barises.Where(b => b.Tingkat == TingkatSatker.KabupatenKota).Select(b => (b.Kode, b.KodeProvinsi!)).Order());
        Assert.Equal(5, semua.Sebarans.Sum(s => s.Jumlah));
        Assert.Equal(3, semua.Sebarans.Single(s => s.Kategori is null).Jumlah);
        Assert.Equal(semua.Barises.Single(b => b.Kode == k1.Kode).Kategori, semua.Sebarans[0].Kategori);

        var satu = (await BacaAsync(ri, pusat.Kode, p2.Kode)).Pasti();
        Assert.Equal(new[] { p2.Kode, k2.Kode }.Order(StringComparer.Ordinal), satu.Barises.Select(b => b.Kode).Order(StringComparer.Ordinal));
        Assert.Empty(satu.Wilayahs);

        var salah = await BacaAsync(ri, pusat.Kode, "99");
        Assert.Equal(("Provinsi", JenisKegagalan.TidakSah), (Assert.Single(salah.Kesalahans).Bidang!, salah.Jenis));
    }

    [Fact]
    public async Task SharedFormulaIndicators_AreSummedByNumeratorAndDenominator()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        foreach (var (pemilih, dpt) in new[] { (90m, 100m), (600m, 1000m) })
        {
            var kab = await fixture.SatkerAsync(provinsi);
            var ind = new IndikatorKinerja
            {
                Kode = "1.1",
                Uraian = "Partisipasi pemilih",
                JenisTarget = JenisTarget.Angka,
                TargetNilai = 77.5m,
                Satuan = "persen",
                Periodisitas = JenisPeriode.Tahun,
                Rumus = "pemilih / dpt x 100",
                CaraAkumulasi = CaraAkumulasi.HitungUlangDariVariabel,
            };
            var r = new RealisasiKinerja { Tahun = 2024, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Status = StatusRealisasi.Diverifikasi };
            r.Variabels.Add(new RealisasiVariabel { Nama = "pemilih", Nilai = pemilih });
            r.Variabels.Add(new RealisasiVariabel { Nama = "dpt", Nilai = dpt });
            ind.Realisasis.Add(r);
            await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(kab).WithIndikator(ind));
        }

        var pemantau = await fixture.PelakuAsync(Peran.Pemantau, provinsi, termasukTurunan: true);
        var gabungan = Assert.Single((await BacaAsync(pemantau, provinsi.Kode)).Pasti().IndikatorBersama);
        Assert.Equal((CaraLintasSatker.JumlahVariabel, 2, 690m / 1100m * 100m), (gabungan.Cara, gabungan.SatkerBernilai, gabungan.Nilai!.Value));
        Assert.Equal(1100m, gabungan.Variabel["dpt"]);
    }
}
