using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Dokumen;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>
/// The quarterly capaian report: measured up to the quarter's end only (a later quarter's realisasi
/// does not count), against the annual target and the quarter's Rencana Aksi target.
/// </summary>
public class GenerateDokumenCapaianTriwulanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task MeasuresUpToTheQuarter_AgainstTheAnnualAndTheQuarterTarget()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        await fixture.InsertAsync([.. Enumerable.Range(1, 4).Select(tw => new RencanaAksi { IndikatorKinerjaId = uji.IndikatorId, Triwulan = tw, TargetNilai = 20 * tw, Aksi = tw == 1 ? "Menyusun jadwal laporan" : null, PenanggungJawab = tw == 1 ? "Subbagian Keuangan" : null })]);
        var tw1 = await uji.AjukanAsync(fixture, 1, "25 %");
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, tw1.RealisasiId, true, null, 1)).Pasti();
        var tw2 = await uji.AjukanAsync(fixture, 2, "60 %");
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, tw2.RealisasiId, true, null, 1)).Pasti();
        Task<Jawaban<BerkasDokumen>> Buat(App.Keamanan.AksesPengguna a, int triwulan, string format = "docx") =>
            fixture.SendAsync<GenerateDokumenCapaianTriwulan.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(a, new(uji.Satker.Kode, 2024, triwulan, format), default));

        var berkas = (await Buat(uji.Operator, 1)).Pasti();
        Assert.Equal($"capaian-triwulan-1-{uji.Satker.Kode.ToLowerInvariant()}-2024.docx", berkas.NamaBerkas);
        var (teks, barises) = DocxUji.Baca(berkas.Isi);
        Assert.Contains("LAPORAN CAPAIAN KINERJA TRIWULAN I TAHUN 2024", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r is ["1.1 Persentase laporan tepat waktu", "90 %", "20 %", "25 %", "125,00 %", "27,78 %", _]);
        Assert.Contains(barises, r => r is ["1.1 Persentase laporan tepat waktu", "Menyusun jadwal laporan", "Subbagian Keuangan", "20 %", "25 %"]);

        var (_, barisTw2) = DocxUji.Baca((await Buat(uji.Operator, 2)).Pasti().Isi);
        Assert.Contains(barisTw2, r => r is ["1.1 Persentase laporan tepat waktu", "90 %", "40 %", "60 %", "150,00 %", "66,67 %", _]);

        Assert.Equal(JenisKegagalan.TidakSah, (await Buat(uji.Operator, 5)).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await Buat(uji.Operator, 1, "odt")).Jenis);
        var asing = await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync());
        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(asing, 1)).Jenis);
    }

    [Fact]
    public async Task TheCapaianQuery_RefusesAQuarterOutsideOneToFour()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var hasil = await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(uji.Operator, new(uji.Satker.Kode, 2024, Triwulan: 0), default));

        Assert.Equal(JenisKegagalan.TidakSah, hasil.Jenis);
        Assert.Equal("Triwulan", hasil.Kesalahans.Single().Bidang);
    }
}
