using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>
/// Publishing freezes the files with their SHA-256 and prints the content's SHA-256 in every
/// footer; later changes to the data do not touch a published version.
/// </summary>
public class PublishLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ApprovedVersion_IsFrozen_InEveryFormat_WithItsHashInTheFooter()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.DisetujuiAsync();
        Assert.Equal(JenisKegagalan.Ditolak, (await uji.LangkahAsync<PublishLaporanKinerja.Handler>(id, async (h, r) => (await h.HandleAsync(uji.Pimpinan, new(id, r), default)).Kegagalan!)).Jenis);

        var hasil = await uji.TerbitkanAsync(id);
        Assert.Null(hasil.TanpaPdf);
        var lihat = await uji.LihatAsync(id);
        Assert.Equal(StatusLaporanKinerja.Diterbitkan, lihat.Status);
        Assert.Matches("^[0-9a-f]{64}$", lihat.SidikIsi);
        Assert.Equal(["docx", "html", "pdf", "xlsx"], lihat.Berkases.Select(b => b.Format));
        Assert.Equal(["lkjip-1871-2024-v1.docx", "lkjip-1871-2024-v1.html", "lkjip-1871-2024-v1.pdf", "lkjip-1871-2024-v1.xlsx"], lihat.Berkases.Select(b => b.NamaBerkas));

        async Task<byte[]> Unduh(string format) => (await uji.KirimAsync<GenerateDokumenLaporan.Handler, BerkasDokumen>(h => h.HandleAsync(uji.Pemantau, new(id, format), default))).Pasti().Isi;
        var docx = await Unduh("docx");
        Assert.Equal(lihat.Berkases.Single(b => b.Format == "docx").Sha256, Convert.ToHexStringLower(SHA256.HashData(docx)));
        Assert.Contains($"versi 1 · SHA-256 isi {lihat.SidikIsi}", DocxUji.Kaki(docx), StringComparison.Ordinal);
        var teks = DocxUji.Baca(docx).Teks;
        Assert.Contains("Tulisan untuk Kata Pengantar.", teks, StringComparison.Ordinal);
        Assert.Contains("Sekretaris KPU Kota Bandar Lampung", teks, StringComparison.Ordinal);
        Assert.Contains(lihat.SidikIsi!, System.Text.Encoding.UTF8.GetString(await Unduh("html")), StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString((await Unduh("pdf"))[..5]), StringComparison.Ordinal);

        // The data moves on (an indicator's wording changes); the published files stay byte for byte, and the narrative is locked.
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var ind = await db.IndikatorKinerjas.FirstAsync(i => i.Kode == "1.1" && db.PerjanjianKinerjas.Any(p => p.Satker.Kode == "1871" && p.Tahun == 2024 && p.Sasarans.Any(s => s.Id == i.SasaranPerjanjianKinerjaId)));
            ind.Uraian += " (diubah)";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(docx, await Unduh("docx"));
        Assert.Equal(JenisKegagalan.TidakSah, (await uji.TulisAsync(id, "pendahuluan", "x")).Jenis);
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(LaporanKinerja) && j.Aksi == AksiAudit.Terbitkan)));
    }
}
