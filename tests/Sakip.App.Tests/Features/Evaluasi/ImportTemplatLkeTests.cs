using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>
/// A KPU-specific LKE is stored beside the shipped ones by an administrator of KPU RI, becomes the
/// default for the years it serves, and an evaluation keeps the version it was opened with; a used
/// version, a shipped code and a broken file are refused with nothing written.
/// </summary>
public class ImportTemplatLkeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>The shipped 88/2021 LKE as a later KPU version: new code, name and first year, one criterion reworded.</summary>
    private static byte[] VersiKpu(string kode, int tahunAwal, string teks11 = "Renstra KPU telah tersedia dan ditetapkan")
    {
        var t = TemplatLkeJson.Bawaan("88-2021").Pasti();
        var komponens = t.Komponens.Select(k => k with { SubKomponens = [.. k.SubKomponens.Select(s => s with { Kriterias = [.. s.Kriterias.Select(c => c.Kode == "1.a.1" ? c with { Teks = teks11 } : c)] })] }).ToList();
        return Encoding.UTF8.GetBytes(TemplatLkeJson.Tulis(t with { Kode = kode, Nama = "LKE KPU " + kode, TahunAwal = tahunAwal, Komponens = komponens }));
    }

    private async Task<AksesPengguna> AdminPusatAsync() =>
        AksesPengguna.PekerjaanSistem(await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.IndukId == null).Select(s => s.Id).FirstAsync()), Peran.Administrator);

    private Task<Jawaban<ImportTemplatLke.Hasil>> ImporAsync(AksesPengguna a, byte[] isi, string nama = "lke-kpu.json") =>
        fixture.SendAsync<ImportTemplatLke.Handler, Jawaban<ImportTemplatLke.Hasil>>(h => h.HandleAsync(a, new(nama, isi), default));

    [Fact]
    public async Task AStoredTemplate_IsTheDefaultForItsYears_AndAnEvaluationKeepsTheVersionItWasOpenedWith()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        var admin = await AdminPusatAsync();
        Assert.Equal(("kpu-2025", false, 80), ((await ImporAsync(admin, VersiKpu("kpu-2025", 2025))).Pasti() is var h ? (h.Kode, h.Mengganti, h.JumlahKriteria) : default));

        // Until used it may be replaced.
        Assert.True((await ImporAsync(admin, VersiKpu("kpu-2025", 2025, "Renstra KPU tersedia, ditetapkan dan dipublikasikan"))).Pasti().Mengganti);

        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2025)).Pasti();
        var d = await EvaluasiUji.BacaAsync(fixture, p.Operator, 2025);
        Assert.Equal("kpu-2025", d.KodeTemplat);
        Assert.Equal("Renstra KPU tersedia, ditetapkan dan dipublikasikan", d.Komponens[0].SubKomponens[0].Barises[0].Teks);
        Assert.Equal("88-2021", (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).TemplatBerlaku.Single());

        // Once used it stays as the evaluation saw it.
        var dipakai = await ImporAsync(admin, VersiKpu("kpu-2025", 2025, "Teks lain"));
        Assert.Equal((JenisKegagalan.Konflik, "Templat kpu-2025 sudah dipakai 1 evaluasi dan tidak diganti; simpan perubahannya sebagai templat berkode baru."), (dipakai.Jenis, dipakai.Pesan));
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.EvaluasiAkips.AnyAsync(e => e.Tahun == 2025 && e.TemplatJson!.Contains("dipublikasikan"))));
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(TemplatLkeTersimpan))));
    }

    [Fact]
    public async Task ShippedCodes_BrokenFiles_AndOthers_AreRefused()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        var admin = await AdminPusatAsync();
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(await fixture.AksesAsync("admin.1871"), VersiKpu("kpu-x", 2030))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(p.Evaluator, VersiKpu("kpu-x", 2030))).Jenis);
        Assert.Equal("Kode 88-2021 milik templat bawaan Sakip yang tidak dapat diganti; beri templat ini kode baru (misalnya '88-2021-kpu').", (await ImporAsync(admin, VersiKpu("88-2021", 2030))).Pesan);
        Assert.StartsWith("Berkas rusak.json bukan JSON templat LKE yang sah pada baris", (await ImporAsync(admin, Encoding.UTF8.GetBytes("{ \"kode\": "), "rusak.json")).Pesan, StringComparison.Ordinal);
        var bobot = Encoding.UTF8.GetString(VersiKpu("kpu-y", 2030)).Replace("\"bobot\": 30,", "\"bobot\": 35,", StringComparison.Ordinal);
        Assert.Contains((await ImporAsync(admin, Encoding.UTF8.GetBytes(bobot))).Kesalahans, k => k.Pesan.Contains("100", StringComparison.Ordinal));
        Assert.False(await fixture.ExecuteDbContextAsync(db => db.TemplatLkeTersimpans.AnyAsync(t => t.Kode == "kpu-x" || t.Kode == "kpu-y" || t.Kode == "88-2021")));
    }
}
