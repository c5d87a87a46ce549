using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Domain.Periode;
using Sakip.Testing;

namespace Sakip.App.Tests.Import.TemplatRealisasi;

/// <summary>
/// The realisasi template reader on its own (STYLE.md B7): a workbook and an agreement held in
/// memory in, changes and errors named by file, row and column out; no database.
/// </summary>
public class PembacaTemplatRealisasiTests
{
    private static KeadaanPerjanjian Keadaan(params RealisasiKinerja[] tersimpan)
    {
        var satker = new Satker { Id = 1, Kode = "9901", Nama = "KPU Kota Uji" };
        var bulanan = new IndikatorKinerja { Id = 11, Kode = "1.1", Uraian = "Laporan bulanan", JenisTarget = JenisTarget.Angka, TargetNilai = 12, Satuan = "laporan", Periodisitas = JenisPeriode.Bulan };
        var rumus = new IndikatorKinerja { Id = 12, Kode = "1.2", Uraian = "Partisipasi", JenisTarget = JenisTarget.Angka, TargetNilai = 77, Satuan = "persen", Rumus = "hadir / dpt x 100" };
        var pk = new PerjanjianKinerja { Id = 5, Satker = satker, SatkerId = 1, Tahun = 2024, Kode = "UTAMA", Judul = "PK 2024 KPU Kota Uji", Status = StatusPerjanjianKinerja.Ditandatangani, BerlakuMulai = new DateOnly(2024, 1, 1) };
        foreach (var r in tersimpan)
        {
            bulanan.Realisasis.Add(r);
        }

        return new KeadaanPerjanjian(satker, pk, [bulanan, rumus], tersimpan.ToLookup(_ => "1.1", StringComparer.Ordinal), []);
    }

    private static (List<PerubahanRealisasi> Perubahans, List<Kesalahan> Kesalahans) Baca(KeadaanPerjanjian k, params (string Alamat, object? Nilai)[] isian)
    {
        var xlsx = XlsxUji.Isi(GenerateTemplatRealisasi.Tulis(k), TataLetakTemplat.NamaLembar, isian);
        var pembaca = new PembacaTemplatRealisasi("isian.xlsx", k);
        pembaca.Baca(PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar));
        return (pembaca.Perubahans, pembaca.Kesalahans);
    }

    private static int Baris(KeadaanPerjanjian k, string kode, string variabel = "")
    {
        var lembar = PembacaXlsx.Baca(GenerateTemplatRealisasi.Tulis(k)).Single(l => l.Nama == TataLetakTemplat.NamaLembar);
        return Enumerable.Range(TataLetakTemplat.BarisJudulKolom + 1, lembar.BarisTerakhir).First(b => lembar.Sel(1, b).TeksApaAdanya == kode && lembar.Sel(3, b).TeksApaAdanya == variabel);
    }

    [Fact]
    public void FilledCells_BecomeChanges_AFormulaTakesAllItsVariables()
    {
        var k = Keadaan();

        var (perubahans, kesalahans) = Baca(k, ($"G{Baris(k, "1.1")}", "1"), ($"R{Baris(k, "1.2", "hadir")}", 520m), ($"R{Baris(k, "1.2", "dpt")}", 1000m));

        Assert.Empty(kesalahans);
        Assert.Equal(["1.1", "1.2"], perubahans.Select(p => p.Kode));
        Assert.Equal(("Januari 2024", 1m), (perubahans[0].Periode, perubahans[0].Nilai!.Value));
        Assert.Equal(new Dictionary<string, decimal> { ["hadir"] = 520m, ["dpt"] = 1000m }, perubahans[1].Variabel);
    }

    [Fact]
    public void ABadCell_IsNamedByFileRowAndColumn()
    {
        var k = Keadaan();
        var baris = Baris(k, "1.1");

        var (perubahans, kesalahans) = Baca(k, ($"G{baris}", "banyak"), ($"R{Baris(k, "1.2", "hadir")}", 520m));

        Assert.DoesNotContain(perubahans, p => p.Kode == "1.1");
        Assert.Contains(kesalahans, s => s.Bidang == $"G{baris}" && s.Pesan.StartsWith($"isian.xlsx, baris {baris}, kolom G (Jan): 'banyak' tidak dapat dibaca sebagai angka.", StringComparison.Ordinal));
        Assert.Contains(kesalahans, s => s.Pesan.Contains("variabel dpt indikator 1.2 belum diisi", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerifiedValue_IsLocked_AndTheSameValueIsCountedUnchanged()
    {
        var terverifikasi = new RealisasiKinerja { Id = 70, Tahun = 2024, JenisPeriode = JenisPeriode.Bulan, NomorPeriode = 1, Nilai = 1, Satuan = "laporan", Status = StatusRealisasi.Diverifikasi };
        var k = Keadaan(terverifikasi);
        var baris = Baris(k, "1.1");

        var (sama, tanpaSalah) = Baca(k, ($"G{baris}", 1m));
        Assert.Empty(sama);
        Assert.Empty(tanpaSalah);

        var (_, kesalahans) = Baca(k, ($"G{baris}", 2m));
        Assert.Contains("sudah diverifikasi; nilainya tidak dapat diubah lewat unggahan", Assert.Single(kesalahans).Pesan, StringComparison.Ordinal);
    }
}
