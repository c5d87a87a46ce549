using Sakip.App.Dokumen;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>Anyone downloads a published LKjIP's frozen file and a signed PK; never a draft.</summary>
public class GetBerkasPublikTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task PublishedFiles_AndSignedAgreements_NeverDrafts()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        Task<Jawaban<BerkasDokumen>> Unduh(string? jenis, int nomor, string? format, string kode = "1871", int tahun = 2024) =>
            uji.KirimAsync<GetBerkasPublik.Handler, BerkasDokumen>(h => h.HandleAsync(new(kode, tahun, jenis, nomor, format), default));

        var id = await uji.DisetujuiAsync();
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("lkjip", 1, "docx")).Jenis);
        await uji.TerbitkanAsync(id);
        var docx = (await Unduh("lkjip", 1, "docx")).Pasti();
        Assert.Equal("lkjip-1871-2024-v1.docx", docx.NamaBerkas);
        Assert.Equal((await uji.LihatAsync(id)).Berkases.Single(b => b.Format == "docx").Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx.Isi)));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("lkjip", 1, "docx", tahun: 2023)).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("lkjip", 2, "docx")).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("rahasia", 1, "docx")).Jenis);

        var pk = (await uji.KirimAsync<ListPublikasi.Handler, ListPublikasi.Hasil>(h => h.HandleAsync(new("1871", 2024), default))).Pasti().Perjanjians[0];
        Assert.Contains("berjanji", DocxUji.Baca((await Unduh("pk", pk.Id, "docx")).Pasti().Isi).Teks, StringComparison.Ordinal);
        Assert.Equal("Perjanjian Kinerja tersedia untuk umum sebagai docx atau html.", (await Unduh("pk", pk.Id, "pdf")).Pesan);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("pk", pk.Id, "docx", kode: "1801")).Jenis);
        var draf = await fixture.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.PerjanjianKinerjas.Where(p => p.Status == App.Entities.StatusPerjanjianKinerja.Draf).Select(p => (int?)p.Id)));
        if (draf is { } d)
        {
            Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh("pk", d, "docx")).Jenis);
        }
    }
}
