using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>The RKT document of the demo province: every unit's targets, then how each is reached and measured, the programmes, the signature.</summary>
public class GenerateDokumenRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<BerkasDokumen>> BuatAsync(App.Keamanan.AksesPengguna a, string kode, string? format = "docx") =>
        fixture.SendAsync<GenerateDokumenRkt.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(a, new(kode, 2024, format), default));

    [Fact]
    public async Task TheProvincesRkt_HasEveryIndicatorWithItsTargetAndHowItIsMeasured()
    {
        await fixture.MuatDemoAsync();
        var operator18 = await fixture.AksesAsync("operator.18");
        var rkt = (await fixture.SendAsync<GetRkt.Handler, Jawaban<GetRkt.Hasil>>(h => h.HandleAsync(operator18, new("18", 2024), default))).Pasti();
        var berkas = (await BuatAsync(operator18, "18")).Pasti();
        Assert.Equal("rkt-18-2024.docx", berkas.NamaBerkas);
        var (teks, barises) = DocxUji.Baca(berkas.Isi);
        Assert.Contains("RENCANA KINERJA TAHUNAN 2024", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r.SequenceEqual(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Cara Pencapaian", "Cara Pengukuran"]));
        foreach (var ind in rkt.Rkts.SelectMany(r => r.Sasarans).SelectMany(s => s.Indikators))
        {
            Assert.True(barises.Count(r => r.Contains(ind.Uraian)) >= 2, $"indikator '{ind.Uraian}' ada di kedua tabel");
        }

        Assert.Contains(barises, r => r.Count == 3 && r[1] == "Jumlah" && r[2] == Domain.Bilangan.FormatIndonesia.Rupiah(rkt.TotalPagu));
    }

    [Fact]
    public async Task ASatkerWithoutRkt_SaysSo_AndAnotherSatkerIsRefused()
    {
        var satker = await fixture.SatkerAsync();
        var (teks, _) = DocxUji.Baca((await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), satker.Kode)).Pasti().Isi);
        Assert.Contains("belum mencatat RKT tahun 2024", teks, StringComparison.Ordinal);
        Assert.Equal(JenisKegagalan.Ditolak, (await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, await fixture.SatkerAsync()), satker.Kode)).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), satker.Kode, "rtf")).Jenis);
    }
}
