using Sakip.App.Features.Capaian;
using Sakip.App.Features.Laporan;
using Sakip.Domain.Bilangan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>"Periksa" lists what a version lacks or gets wrong, each with where it is fixed.</summary>
public class CheckLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EmptySections_AndAFigureThatDiffersFromTheData_Block_UntilFixed()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<CheckLaporanKinerja.Hasil> Periksa() => uji.KirimAsync<CheckLaporanKinerja.Handler, CheckLaporanKinerja.Hasil>(h => h.HandleAsync(uji.Evaluator, new(id), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);

        var awal = await Periksa();
        Assert.False(awal.Siap);
        Assert.Contains(awal.Temuans, t => t is { Pesan: "Bagian Kata Pengantar belum diisi.", Menghalangi: true } && t.Tautan == $"/Laporan/Naratif?id={id}&bagian=kata-pengantar");
        Assert.Contains(awal.Temuans, t => t.Pesan == "Bagian Bab I Pendahuluan belum diisi.");

        await uji.IsiSemuaAsync(id);
        var dasbor = (await uji.KirimAsync<CalculateCapaian.Handler, CalculateCapaian.Hasil>(h => h.HandleAsync(uji.Operator, new("1871", 2024), default))).Pasti().Pengukuran;
        var terukur = dasbor.Indikators.First(i => i.Hasil.Nilai is not null);
        var benar = FormatIndonesia.Persen(terukur.Hasil.Nilai!.Value);
        (await uji.TulisAsync(id, "penutup", $"Capaian {benar} pada indikator {terukur.Uraian}.\n\nCapaian kinerja keseluruhan {FormatIndonesia.Persen(dasbor.Ringkasan.Capaian!.Value)}.")).Pasti();
        Assert.True((await Periksa()).Siap, string.Join("\n", (await Periksa()).Temuans.Where(t => t.Menghalangi).Select(t => t.Pesan)));

        (await uji.TulisAsync(id, "penutup", $"Capaian 12,34 % pada indikator {terukur.Uraian}.")).Pasti();
        var salah = Assert.Single((await Periksa()).Temuans, t => t.Menghalangi);
        Assert.StartsWith($"Di Bab IV Penutup (simpulan dan langkah ke depan) tertulis 12,34 % untuk indikator {terukur.Kode} {terukur.Uraian}, padahal datanya: capaian {benar}", salah.Pesan, StringComparison.Ordinal);
        Assert.Equal($"/Laporan/Naratif?id={id}&bagian=penutup", salah.Tautan);

        // Whatever does not block (realisasi not yet verified, evidence missing) is still listed, after what blocks.
        Assert.All((await Periksa()).Temuans.SkipWhile(t => t.Menghalangi), t => Assert.False(t.Menghalangi));
        Assert.Equal(JenisKegagalan.Ditolak, (await uji.KirimAsync<CheckLaporanKinerja.Handler, CheckLaporanKinerja.Hasil>(h => h.HandleAsync(uji.Asing, new(id), default))).Jenis);
    }
}
