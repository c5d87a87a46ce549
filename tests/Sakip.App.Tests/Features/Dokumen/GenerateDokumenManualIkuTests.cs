using Sakip.App.Dokumen;
using Sakip.App.Features.Dokumen;
using Sakip.App.Tests.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>The Manual IKU document: a table per indicator, the PK's figures and the manual's words, "belum diisi" where it says nothing yet.</summary>
public class GenerateDokumenManualIkuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ATablePerIndicator_WithWhatIsNotWrittenMarked()
    {
        var (op, pemantau, asing) = await ManualIkuUji.BuatAsync(fixture);
        (await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "Persentase pemilih yang menggunakan hak pilih.")).Pasti();
        Task<Jawaban<BerkasDokumen>> Buat(App.Keamanan.AksesPengguna a, string? format) => fixture.SendAsync<GenerateDokumenManualIku.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(a, new("1871", 2024, format), default));

        var docx = (await Buat(pemantau, "docx")).Pasti();
        Assert.Equal("manual-iku-1871-2024.docx", docx.NamaBerkas);
        var (teks, barises) = DocxUji.Baca(docx.Isi);
        Assert.Contains("MANUAL INDIKATOR KINERJA UTAMA", teks, StringComparison.Ordinal);
        Assert.Contains("1 dari 16 indikator ditetapkan sebagai Indikator Kinerja Utama.", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r is ["Definisi operasional", "Persentase pemilih yang menggunakan hak pilih."]);
        Assert.Contains(barises, r => r is ["Target 2024", "0,16 %"]);
        Assert.Contains(barises, r => r is ["Definisi operasional", "belum diisi"]);
        Assert.Equal(16, barises.Count(r => r is ["Unsur", "Uraian"]));
        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(asing, "docx")).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await Buat(pemantau, "odt")).Jenis);
    }
}
