using Sakip.App.Dokumen;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>An unpublished version is rendered from the data with its narrative and says it is not published.</summary>
public class GenerateDokumenLaporanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ADraft_CarriesItsNarrative_AndSaysItIsNotPublished()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        (await uji.TulisAsync(id, "kata-pengantar", "Puji syukur.\n\n1. **Pertama**\n2. _Kedua_")).Pasti();
        Task<Jawaban<BerkasDokumen>> Unduh(App.Keamanan.AksesPengguna a, string? format) => uji.KirimAsync<GenerateDokumenLaporan.Handler, BerkasDokumen>(h => h.HandleAsync(a, new(id, format), default));

        var docx = (await Unduh(uji.Pemantau, "docx")).Pasti();
        Assert.Equal("lkjip-1871-2024-v1.docx", docx.NamaBerkas);
        Assert.Contains("versi 1 (draf, belum diterbitkan)", DocxUji.Kaki(docx.Isi), StringComparison.Ordinal);
        var teks = DocxUji.Baca(docx.Isi).Teks;
        Assert.Contains("Puji syukur.", teks, StringComparison.Ordinal);
        Assert.Contains("1.\tPertama", teks, StringComparison.Ordinal);
        Assert.Contains(DokumenLkjip.NaratifBelumDiisi, teks, StringComparison.Ordinal);

        var html = System.Text.Encoding.UTF8.GetString((await Unduh(uji.Pemantau, "html")).Pasti().Isi);
        Assert.Contains("<ol><li><strong>Pertama</strong></li><li><em>Kedua</em></li></ol>", html, StringComparison.Ordinal);
        Assert.Equal(JenisKegagalan.Ditolak, (await Unduh(uji.Asing, "docx")).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await Unduh(uji.Pemantau, "odt")).Jenis);
    }
}
