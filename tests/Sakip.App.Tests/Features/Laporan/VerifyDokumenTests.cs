using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.App.Dokumen;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>A published file is recognised byte for byte; a Word file changed after publication is caught by its footer.</summary>
public class VerifyDokumenTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Original_Changed_AndUnknownFiles()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.DisetujuiAsync();
        await uji.TerbitkanAsync(id);
        Task<VerifyDokumen.Hasil> Periksa(byte[] isi) => uji.KirimAsync<VerifyDokumen.Handler, VerifyDokumen.Hasil>(h => h.HandleAsync(new(isi), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);
        async Task<byte[]> Unduh(string format) => (await uji.KirimAsync<GenerateDokumenLaporan.Handler, BerkasDokumen>(h => h.HandleAsync(uji.Pemantau, new(id, format), default))).Pasti().Isi;

        var docx = await Unduh("docx");
        var asli = await Periksa(docx);
        Assert.True(asli.Asli);
        Assert.StartsWith("Asli: berkas ini sama persis dengan berkas DOCX Laporan Kinerja 2024 KPU Kota Bandar Lampung versi 1, diterbitkan ", asli.Pesan, StringComparison.Ordinal);
        Assert.True((await Periksa(await Unduh("pdf"))).Asli);

        // Someone "polishes" a figure in the published Word file: the footer still names the version, the bytes differ.
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var dok = WordprocessingDocument.Open(ms, true))
        {
            dok.MainDocumentPart!.Document.Body!.InsertAt(new Paragraph(new Run(new Text("Capaian 120 %"))), 0);
        }

        var ubah = await Periksa(ms.ToArray());
        Assert.False(ubah.Asli);
        Assert.StartsWith("Tidak asli: kakinya menyebut Laporan Kinerja 2024 KPU Kota Bandar Lampung versi 1", ubah.Pesan, StringComparison.Ordinal);

        var asing = await Periksa(System.Text.Encoding.UTF8.GetBytes("bukan dokumen"));
        Assert.Equal((false, "Tidak dikenal: berkas ini tidak sama dengan berkas Laporan Kinerja terbitan mana pun di Sakip."), (asing.Asli, asing.Pesan));
    }
}
