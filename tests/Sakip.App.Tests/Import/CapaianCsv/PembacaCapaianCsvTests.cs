using Sakip.App.Features.Capaian;
using Sakip.App.Import.CapaianCsv;
using Sakip.Domain.Capaian;

namespace Sakip.App.Tests.Import.CapaianCsv;

public class PembacaCapaianCsvTests
{
    private static CalculateCapaianRows.Hasil Hitung(string csv, UbahKebijakan? ubah = null) =>
        new CalculateCapaianRows.Handler().HandleAsync(new CalculateCapaianRows.Query(new StringReader(csv), ubah), default).GetAwaiter().GetResult().Nilai!;

    private const string Header = "id,target,realisasi,arah,jenis\n";

    [Fact]
    public void Rows_WrittenAsPeopleWriteThem_AreComputed()
    {
        var hasil = Hitung(Header + """
            dpt,"0,16 %","0,09 %",turun,persen
            revisi,12 kali,22 kali,naik,angka
            fasilitas,90%,100%,naik,persen
            partisipasi,77 %,51 %,naik,persen
            akip,B,BB,naik,predikat
            band,80-90,92,naik,persen
            bulan,7 - 8 bulan,"6,5 bulan",turun,angka
            opini,WTP,WDP,naik,predikat
            lkjip,2025-02-28,2025-02-20,naik,milestone
            kosong,100%,,naik,persen
            """);

        Assert.Empty(hasil.Kesalahans);
        var c = hasil.Barises.ToDictionary(b => b.Id, b => b.Capaian is { } n ? Math.Round(n, 2) : (decimal?)null);
        Assert.Equal(143.75m, c["dpt"]);
        Assert.Equal(183.33m, c["revisi"]);
        Assert.Equal(111.11m, c["fasilitas"]);
        Assert.Equal(66.23m, c["partisipasi"]);
        Assert.Equal(116.67m, c["akip"]);
        Assert.Equal(102.22m, c["band"]);
        Assert.Equal(107.14m, c["bulan"]);
        Assert.Equal(75m, c["opini"]);
        Assert.Equal(100m, c["lkjip"]);
        Assert.Null(c["kosong"]);
        Assert.Equal("realisasi belum diisi", hasil.Barises.Single(b => b.Id == "kosong").Alasan);
        Assert.Equal("Cukup Baik", hasil.Barises.Single(b => b.Id == "partisipasi").Kategori);
    }

    [Theory]
    [InlineData("t/r", null, "177.78")]
    [InlineData(null, "100", "100")]
    [InlineData(null, "110-120", "120")]
    public void Policy_IsApplied(string? rumus, string? batas, string expected)
    {
        var ubah = UbahKebijakan.Baca(rumus, batas, null, null).Nilai;

        var hasil = Hitung(Header + "dpt,\"0,16 %\",\"0,09 %\",turun,persen\n", ubah);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Math.Round(hasil.Barises[0].Capaian!.Value, 2));
    }

    [Fact]
    public void BadRows_AreListedWithLineAndColumn_GoodRowsStillComputed()
    {
        var hasil = Hitung(Header + """
            a,100%,90%,naik,persen
            b,abc,90%,naik,persen
            c,100%,90%,ke atas,persen
            d,100%,90%,naik,rupiah
            e,100%,"1,234",naik,persen
            f,Z,BB,naik,predikat
            g,100%
            a,100%,80%,naik,persen
            h,B,ZZ,naik,predikat
            i,besok,selesai,naik,milestone
            j,100 kali,90,naik,persen
            """);

        Assert.Single(hasil.Barises);
        Assert.Equal("a", hasil.Barises[0].Id);
        var pesan = hasil.Kesalahans.Select(k => k.ToString()).ToList();
        Assert.Equal(10, pesan.Count);
        Assert.Contains(pesan, p => p.StartsWith("baris 3, kolom target: 'abc' bukan angka", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 4, kolom arah:", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 5, kolom jenis:", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 6, kolom realisasi:", StringComparison.Ordinal) && p.Contains("ambigu", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 7, kolom target: predikat 'Z'", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p == "baris 8: harus ada 5 kolom, terdapat 2");
        Assert.Contains(pesan, p => p.StartsWith("baris 9, kolom id:", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 10, kolom realisasi:", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 11, kolom target:", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.StartsWith("baris 12, kolom target:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "baris 1: berkas kosong")]
    [InlineData("kode,target,realisasi\n", "baris 1: kepala kolom harus")]
    public void BadHeader_IsReported(string csv, string awal)
    {
        var hasil = Hitung(csv);

        Assert.Empty(hasil.Barises);
        Assert.StartsWith(awal, hasil.Kesalahans.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsEngineTypes()
    {
        var (rows, errors) = PembacaCapaianCsv.Parse(new StringReader(Header + "x,80-90,85,naik,persen\n"), KebijakanCapaian.Bawaan);

        Assert.Empty(errors);
        var t = Assert.IsType<TargetRentang>(rows[0].Target);
        Assert.Equal((80m, 90m), (t.Bawah, t.Atas));
        Assert.Equal(2, rows[0].Baris);
    }
}
