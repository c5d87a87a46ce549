using Microsoft.EntityFrameworkCore;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The narrative is saved per part of a draft, as text, whatever it contains; bad input is refused on its field.</summary>
public class EditNaratifLaporanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task APartIsSaved_Replaced_AndRemovedWhenBlank_WithAnAuditRow()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        (await uji.TulisAsync(id, "kata-pengantar", "  Puji syukur.  ")).Pasti();
        Assert.Equal("Puji syukur.", (await uji.LihatAsync(id)).Bagians.Single(b => b.Kunci == "kata-pengantar").Teks);
        (await uji.TulisAsync(id, "kata-pengantar", "Puji syukur kehadirat Tuhan.")).Pasti();
        (await uji.TulisAsync(id, LaporanUji.Indikator("1.1"), "Analisis indikator pertama.")).Pasti();
        Assert.Equal("Analisis indikator pertama.", (await uji.LihatAsync(id)).Bagians.Single(b => b.Kunci == LaporanUji.Indikator("1.1")).Teks);
        (await uji.TulisAsync(id, "kata-pengantar", "   ")).Pasti();
        Assert.Null((await uji.LihatAsync(id)).Bagians.Single(b => b.Kunci == "kata-pengantar").Teks);
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(NaratifLaporan) && j.Aksi == AksiAudit.Hapus)));
    }

    [Fact]
    public async Task BadInput_IsRefusedOnItsField()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        var bagian = await uji.TulisAsync(id, "lampiran-rahasia", "x");
        Assert.Equal(("Bagian", "Bagian 'lampiran-rahasia' tidak ada di Laporan Kinerja ini."), (Assert.Single(bagian.Kesalahans).Bidang, bagian.Pesan));
        Assert.Equal(JenisKegagalan.TidakSah, (await uji.TulisAsync(id, LaporanUji.Indikator("9.9"), "x")).Jenis);

        var panjang = await uji.TulisAsync(id, "pendahuluan", new string('a', NaratifTeks.PanjangMaksimum + 1));
        Assert.Equal(("Teks", "Teks terlalu panjang: 100.001 karakter; paling banyak 100.000."), (Assert.Single(panjang.Kesalahans).Bidang, panjang.Pesan));
        (await uji.TulisAsync(id, "pendahuluan", new string('a', NaratifTeks.PanjangMaksimum))).Pasti();

        Assert.Equal(JenisKegagalan.Ditolak, (await uji.TulisAsync(id, "pendahuluan", "x", uji.Pemantau)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await uji.TulisAsync(id, "pendahuluan", "x", uji.Evaluator)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await uji.TulisAsync(id, "pendahuluan", "x", uji.Asing)).Jenis);

        var basi = (await uji.LihatAsync(id)).Revisi - 1;
        Assert.Equal(JenisKegagalan.Konflik, (await uji.KirimAsync<EditNaratifLaporan.Handler, int>(h => h.HandleAsync(uji.Operator, new(id, basi, "pendahuluan", "y"), default))).Jenis);
    }

    /// <summary>Markup of HTML and Word is kept as typed and printed as text in every format.</summary>
    [Fact]
    public async Task Markup_IsStoredAndPrintedAsText()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        const string Jahat = "<script>alert('x')</script> { MERGEFIELD Nama } <b>bukan tebal</b>";
        (await uji.TulisAsync(id, "pendahuluan", Jahat)).Pasti();
        Assert.Equal(Jahat, (await uji.LihatAsync(id)).Bagians.Single(b => b.Kunci == "pendahuluan").Teks);

        var html = System.Text.Encoding.UTF8.GetString((await uji.KirimAsync<GenerateDokumenLaporan.Handler, BerkasDokumen>(h => h.HandleAsync(uji.Operator, new(id, "html"), default))).Pasti().Isi);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; { MERGEFIELD Nama } &lt;b&gt;bukan tebal&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);

        var docx = (await uji.KirimAsync<GenerateDokumenLaporan.Handler, BerkasDokumen>(h => h.HandleAsync(uji.Operator, new(id, "docx"), default))).Pasti().Isi;
        Assert.Contains(Jahat, DocxUji.Baca(docx).Teks, StringComparison.Ordinal);
        Assert.DoesNotContain(DocxUji.KodeBidang(docx), k => k.Contains("MERGEFIELD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutsideDraft_TheNarrativeIsLocked()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.DisetujuiAsync();
        Assert.Equal("Laporan Kinerja versi 1 sudah disetujui; naratifnya hanya dapat diubah selama draf.", (await uji.TulisAsync(id, "pendahuluan", "ubah")).Pesan);
    }
}
