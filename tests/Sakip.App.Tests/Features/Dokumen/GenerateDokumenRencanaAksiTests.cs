using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>The Rencana Aksi document: the quarterly targets, actions and responsible units, then each quarter's progress from verified realisasi.</summary>
public class GenerateDokumenRencanaAksiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task QuarterlyTargets_Actions_AndProgress()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        await fixture.InsertAsync([.. Enumerable.Range(1, 4).Select(tw => new RencanaAksi { IndikatorKinerjaId = uji.IndikatorId, Triwulan = tw, TargetNilai = 20 * tw, Aksi = tw == 1 ? "Menyusun jadwal laporan" : null, PenanggungJawab = tw == 1 ? "Subbagian Keuangan" : null })]);
        var tw1 = await uji.AjukanAsync(fixture, 1, "25 %");
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, tw1.RealisasiId, true, null, 1)).Pasti();

        var berkas = (await fixture.SendAsync<GenerateDokumenRencanaAksi.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(uji.Operator, new(uji.Pk.Id, "docx"), default))).Pasti();
        Assert.Equal($"rencana-aksi-{uji.Satker.Kode.ToLowerInvariant()}-2024-v1.docx", berkas.NamaBerkas);
        var (teks, barises) = DocxUji.Baca(berkas.Isi);
        Assert.Contains("RENCANA AKSI TAHUN 2024", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r.Count == 9 && r[1] == "1.1 Persentase laporan tepat waktu" && r[3] == "20 %" && r[6] == "80 %" && r[7] == "Menyusun jadwal laporan" && r[8] == "Subbagian Keuangan");
        var kemajuan = barises.Where(r => r.Count == 6 && r[2].StartsWith("TW ", StringComparison.Ordinal)).ToList();
        Assert.True(kemajuan.Count == 4, string.Join("\n", kemajuan.Select(r => string.Join(" | ", r))));
        Assert.Equal(["1.", "1.1 Persentase laporan tepat waktu", "TW I", "20 %", "25 %", "125,00 %"], kemajuan[0]);
        Assert.Equal(["", "", "TW IV", "80 %", "25 %", "31,25 %"], kemajuan[3]);
        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<GenerateDokumenRencanaAksi.Handler, Jawaban<BerkasDokumen>>(async h => await h.HandleAsync(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), new(uji.Pk.Id, "docx"), default))).Jenis);
    }
}
