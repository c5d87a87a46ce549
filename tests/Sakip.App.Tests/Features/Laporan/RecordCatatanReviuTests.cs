using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The reviewer leaves notes per part while the version is under review; the writer reads them beside the part.</summary>
public class RecordCatatanReviuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task NotesPerPart_OnlyByTheReviewer_OnlyUnderReview()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<Jawaban<int>> Catat(App.Keamanan.AksesPengguna a, string? bagian, string? teks) =>
            uji.KirimAsync<RecordCatatanReviu.Handler, int>(h => h.HandleAsync(a, new(id, bagian, teks), default));

        Assert.Contains("hanya dapat ditulis selama laporan dalam reviu", (await Catat(uji.Evaluator, "pendahuluan", "x")).Pesan, StringComparison.Ordinal);
        await uji.IsiSemuaAsync(id);
        (await uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(uji.Operator, new(id, r), default))).Pasti();

        (await Catat(uji.Evaluator, "pendahuluan", "Tambahkan struktur organisasi.")).Pasti();
        (await Catat(uji.Evaluator, null, "Secara umum sudah baik.")).Pasti();
        Assert.Equal(JenisKegagalan.Ditolak, (await Catat(uji.Operator, "pendahuluan", "x")).Jenis);
        Assert.Equal("Tulis catatan reviu.", (await Catat(uji.Evaluator, "pendahuluan", "  ")).Pesan);
        Assert.Equal("Bagian", Assert.Single((await Catat(uji.Evaluator, "tidak-ada", "x")).Kesalahans).Bidang);

        var lihat = await uji.LihatAsync(id);
        var catatan = Assert.Single(lihat.Bagians.Single(b => b.Kunci == "pendahuluan").Catatans);
        Assert.Equal(("Tambahkan struktur organisasi.", "Tim Evaluasi Internal KPU Kota Bandar Lampung"), (catatan.Teks, catatan.Penulis));
        Assert.Equal("Secara umum sudah baik.", Assert.Single(lihat.CatatanUmum).Teks);
    }
}
