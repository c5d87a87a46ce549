using Sakip.App.Dokumen;
using Sakip.App.Features.Dokumen;
using Sakip.App.Tests.Features.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>The LHE of a finished evaluation carries its final figures in the LHE's sections; the LKjIP then reports the result.</summary>
public class GenerateDokumenLheTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<BerkasDokumen>> BuatAsync(App.Keamanan.AksesPengguna a, int tahun, string format, string satker = "1871") =>
        fixture.SendAsync<GenerateDokumenLhe.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(a, new(satker, tahun, format), default));

    [Fact]
    public async Task AFinishedEvaluation_GivesItsLhe_AndTheLkjipReportsIt()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Assert.Equal("Evaluasi SAKIP KPU Kota Bandar Lampung tahun 2024 belum dibuka.", (await BuatAsync(p.Pemantau, 2024, "docx")).Pesan);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2022)).Pasti();
        Assert.Equal("Laporan Hasil Evaluasi KPU Kota Bandar Lampung tahun 2022 tersedia setelah nilai akhir ditetapkan.", (await BuatAsync(p.Pemantau, 2022, "html")).Pesan);

        await EvaluasiUji.SelesaikanAsync(fixture, p, 2023, k => k == "2.a.1" ? "CC" : "BB");

        var berkas = (await BuatAsync(p.Pemantau, 2023, "docx")).Pasti();
        Assert.Equal("lhe-1871-2023.docx", berkas.NamaBerkas);
        var (teks, barises) = DocxUji.Baca(berkas.Isi);
        Assert.Contains("I. PENDAHULUAN", teks, StringComparison.Ordinal);
        Assert.Contains("menunjukkan nilai 79,60 dengan predikat BB (Sangat Baik).", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r.SequenceEqual(["1.", "Perencanaan Kinerja", "30", "24,00", "80,00 %", "BB"]));
        Assert.Contains(barises, r => r.SequenceEqual(["2.", "Pengukuran Kinerja", "30", "23,60", "78,67 %", "BB"]));
        Assert.Contains(barises, r => r.SequenceEqual(["", "Nilai evaluasi", "100", "79,60", "", "BB"]));
        Assert.Contains(barises, r => r.Count == 4 && r[0] == "2.a.1" && r[2] == "CC");
        Assert.Single(barises, r => r.Count == 4 && r[2] is "CC" or "B" or "C" or "D" or "E");
        Assert.Contains("IV. PENUTUP", teks, StringComparison.Ordinal);
        foreach (var format in new[] { "html", "xlsx", "pdf" })
        {
            Assert.True((await BuatAsync(p.Pemantau, 2023, format)).Berhasil, format);
        }

        Assert.Equal(JenisKegagalan.Ditolak, (await BuatAsync(p.Asing, 2023, "docx")).Jenis);

        // The LKjIP 2024 reports the evaluation of 2023 in Bab III.
        var lkjip = (await fixture.SendAsync<GenerateDokumenLkjip.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(p.Pemantau, new("1871", 2024, "docx"), default))).Pasti();
        var (isi, tabel) = DocxUji.Baca(lkjip.Isi);
        Assert.Contains("Hasil evaluasi atas implementasi SAKIP KPU Kota Bandar Lampung tahun 2023: nilai 79,60 dengan predikat BB (Sangat Baik).", isi[isi.IndexOf("Hasil Evaluasi SAKIP", StringComparison.Ordinal)..][..300], StringComparison.Ordinal);
        Assert.Contains(tabel, r => r.SequenceEqual(["2.", "Pengukuran Kinerja", "30", "23,60", "BB"]));
    }
}
