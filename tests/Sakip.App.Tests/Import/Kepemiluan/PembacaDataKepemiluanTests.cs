using System.Text;
using Sakip.App.Excel;
using Sakip.App.Import;
using Sakip.App.Import.Kepemiluan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Tests.Import.Kepemiluan;

public class PembacaDataKepemiluanTests
{
    private const string Kepala = "kode_wilayah,nama_wilayah,tingkat,dpt_l,dpt_p,dptb_l,dptb_p,dpk_l,dpk_p,pengguna_dpt_l,pengguna_dpt_p,pengguna_dptb_l,pengguna_dptb_p,pengguna_dpk_l,pengguna_dpk_p,disabilitas_l,disabilitas_p,surat_suara_diterima,surat_suara_digunakan,surat_suara_rusak,surat_suara_tidak_digunakan,suara_sah,suara_tidak_sah,suara_1,suara_2";

    private const string BarisBenar = "1871011003001,TPS 001,tps,100,100,1,1,2,1,70,75,1,1,2,1,1,2,204,150,1,53,147,3,100,47";

    private static (List<BarisKepemiluan> Barises, IReadOnlyList<KesalahanBerkas> Kesalahans) Baca(byte[] isi, string nama = "data.csv")
    {
        var (pembaca, barises) = PembacaDataKepemiluan.Baca(new MemoryStream(isi), nama);
        var daftar = barises.ToList();
        return (daftar, pembaca.Kesalahans);
    }

    private static (List<BarisKepemiluan> Barises, IReadOnlyList<KesalahanBerkas> Kesalahans) Baca(string teks) => Baca(Encoding.UTF8.GetBytes(teks));

    [Fact]
    public void TheTemplate_IsReadIntoFigures_EmptyCellsNotReported()
    {
        var (barises, kesalahans) = Baca(Kepala + "\n" + BarisBenar + "\n187101,KEDATON,kecamatan,1.234,1000,,,,,,,,,,,,,,,,,,,,\n");
        Assert.Empty(kesalahans);
        Assert.Equal(2, barises.Count);
        var tps = barises[0];
        Assert.Equal(TingkatWilayah.Tps, tps.Kode.Tingkat);
        Assert.Equal(2, tps.Baris);
        Assert.Equal(200, tps.Angka.Nilai(KolomKepemiluan.Dpt));
        Assert.Equal(47, tps.Angka.Suara(2));
        Assert.Equal(1234, barises[1].Angka.Nilai(KolomKepemiluan.DptL));
        Assert.Null(barises[1].Angka.Nilai(KolomKepemiluan.PenggunaDptL));
    }

    [Fact]
    public void SirekapNames_AndPrintedTotalsAndPercentages_AreAccepted()
    {
        var kepala = Kepala.Replace("dpt_l,dpt_p", "pemilih_dpt_l,pemilih_dpt_p").Replace("pengguna_dpk_l,pengguna_dpk_p", "pengguna_non_dpt_l,pengguna_non_dpt_p").Replace("suara_1,suara_2", "suara_paslon_1,suara_paslon_2");
        var (barises, kesalahans) = Baca($"\uFEFF{kepala},pengguna_total_j,partisipasi_persen\n{BarisBenar},150,\"75,00\"\n");
        Assert.Empty(kesalahans);
        Assert.Equal(100, barises[0].Angka.Tercetak(KolomKepemiluan.DptL));
        Assert.Equal(2, barises[0].Angka.Tercetak(KolomKepemiluan.PenggunaDpkL));
        Assert.Equal(150, barises[0].Angka.Tercetak(KolomKepemiluan.Pengguna));
        Assert.Equal(75m, barises[0].Angka.Persen(PersenKepemiluan.Partisipasi));
    }

    [Fact]
    public void TheOlderPilkadaTerms_DpphForMovers_AndDptbForTheUnlisted_AreReadAsThePemilusDptbAndDpk()
    {
        // The same row with the columns named the PKPU 8/2018 way and in another order.
        var kepala = "kode_wilayah,nama_wilayah,tingkat,dpt_l,dpt_p,dpph_l,dpph_p,dptb_l,dptb_p,pengguna_dpt_l,pengguna_dpt_p,pengguna_dpph_l,pengguna_dpph_p,pengguna_dptb_l,pengguna_dptb_p,disabilitas_l,disabilitas_p,surat_suara_diterima,surat_suara_digunakan,surat_suara_rusak,surat_suara_tidak_digunakan,suara_sah,suara_tidak_sah,suara_1,suara_2";
        var (lama, kesalahans) = Baca(kepala + "\n1871011003001,TPS 001,tps,100,100,1,1,2,1,70,75,1,1,2,1,1,2,204,150,1,53,147,3,100,47\n");
        var (baru, _) = Baca(Kepala + "\n" + BarisBenar + "\n");
        Assert.Empty(kesalahans);
        Assert.All(Enum.GetValues<KolomKepemiluan>(), k => Assert.Equal(baru[0].Angka.Nilai(k), lama[0].Angka.Nilai(k)));
        Assert.Equal((1, 2), (lama[0].Angka.Nilai(KolomKepemiluan.DptbL), lama[0].Angka.Nilai(KolomKepemiluan.DpkL)));

        Assert.True(KatalogKolom.IstilahLamaPilkada(["kode_wilayah", " DPPH_L "]));
        Assert.False(KatalogKolom.IstilahLamaPilkada(["kode_wilayah", "dptb_l"]));
        Assert.Equal(["dptb_l", "dpk", "pengguna_dpk_p", "suara_sah"], new[] { "dpph_l", "dptb", "PENGGUNA_DPTB_P", "suara_sah" }.Select(KatalogKolom.KeIstilahPemilu));
    }

    public static TheoryData<string, string> IsianSalah => new()
    {
        { BarisBenar.Replace(",100,100,", ",abc,100,"), "data.csv, baris 2, kolom dpt_l: 'abc' bukan angka; kolom ini berisi jumlah bulat, kosongkan bila tidak dilaporkan" },
        { BarisBenar.Replace(",100,100,", ",-5,100,"), "data.csv, baris 2, kolom dpt_l: '-5' negatif; jumlah pemilih, surat suara dan suara tidak boleh kurang dari 0" },
        { BarisBenar.Replace(",100,100,", ",75%,100,"), "data.csv, baris 2, kolom dpt_l: '75%' adalah persentase; kolom ini berisi jumlah (orang, lembar atau suara)" },
        { BarisBenar.Replace(",100,100,", ",\"1,234\",100,"), "data.csv, baris 2, kolom dpt_l: '1,234' memakai koma; jumlah ditulis bulat tanpa koma (1234 atau 1.234)" },
        { BarisBenar.Replace(",100,100,", ",12.34,100,"), "data.csv, baris 2, kolom dpt_l: '12.34' bukan bilangan bulat yang sah; tulis 1234 atau 1.234" },
        { BarisBenar.Replace("1871011003001,", "18710110030,"), "data.csv, baris 2, kolom kode_wilayah: kode wilayah '18710110030' berisi 11 angka; kode Kemendagri berisi 2 (provinsi), 4 (kabupaten/kota), 6 (kecamatan), 10 (kelurahan/desa) atau 13 angka (TPS)" },
        { BarisBenar.Replace(",tps,", ",kecamatan,"), "data.csv, baris 2, kolom tingkat: tingkat 'kecamatan' tidak sesuai kode 18.71.01.1003.001, yang kode TPS" },
        { BarisBenar.Replace(",tps,", ",dusun,"), "data.csv, baris 2, kolom tingkat: tingkat 'dusun' tidak dikenal; isi provinsi, kabupaten/kota, kecamatan, kelurahan/desa atau tps" },
        { BarisBenar + ",9", "data.csv, baris 2: baris berisi 26 kolom, kepala kolom hanya 25" },
        { BarisBenar + "\n" + BarisBenar, "data.csv, baris 3, kolom kode_wilayah: kode wilayah 18.71.01.1003.001 sudah ada di baris sebelumnya" },
    };

    [Theory]
    [MemberData(nameof(IsianSalah))]
    public void ABadCell_IsReportedByFileRowAndColumn(string baris, string pesan)
    {
        var (_, kesalahans) = Baca(Kepala + "\n" + baris + "\n");
        Assert.Equal(pesan, Assert.Single(kesalahans).ToString());
    }

    public static TheoryData<string, string> KepalaSalah => new()
    {
        { string.Empty, "data.csv, baris 1: berkas kosong; baris pertama harus berisi kepala kolom templat data kepemiluan" },
        { Kepala.Replace(",suara_tidak_sah", string.Empty), "data.csv, baris 1: kolom wajib tidak ada: suara_tidak_sah" },
        { Kepala + ",jumlah_tps", "data.csv, baris 1, kolom jumlah_tps: kolom 'jumlah_tps' tidak dikenal; lihat templat data kepemiluan" },
        { Kepala + ",pemilih_dpt_l", "data.csv, baris 1, kolom pemilih_dpt_l: kolom 'pemilih_dpt_l' sama dengan kolom 'dpt_l' sebelumnya" },
        { Kepala.Replace("kode_wilayah,", string.Empty), "data.csv, baris 1: kolom wajib tidak ada: kode_wilayah" },
    };

    [Theory]
    [MemberData(nameof(KepalaSalah))]
    public void AWrongHeader_IsReportedAndNoRowIsRead(string kepala, string pesan)
    {
        var (barises, kesalahans) = Baca(kepala.Length == 0 ? string.Empty : kepala + "\n" + BarisBenar + "\n");
        Assert.Empty(barises);
        Assert.Equal(pesan, Assert.Single(kesalahans).ToString());
    }

    [Fact]
    public void TextInAnotherEncoding_IsRefused()
    {
        var latin1 = Encoding.Latin1.GetBytes(Kepala + "\n" + BarisBenar.Replace("TPS 001", "TPS Ñ") + "\n");
        var (_, kesalahans) = Baca(latin1);
        Assert.Contains("bukan teks UTF-8", Assert.Single(kesalahans).Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryContent_IsRefused()
    {
        var (_, kesalahans) = Baca(Kepala + "\n" + BarisBenar.Replace("TPS 001", "T\0S") + "\n");
        Assert.Equal("data.csv, baris 2: berkas berisi data biner, bukan teks CSV", Assert.Single(kesalahans).ToString());
    }

    [Fact]
    public void ManyBadRows_StopAtTheLimit()
    {
        var teks = new StringBuilder(Kepala + "\n");
        for (var i = 0; i < PembacaDataKepemiluan.KesalahanMaksimum + 50; i++)
        {
            teks.AppendLine(BarisBenar.Replace("1871011003001", "x" + i));
        }

        Assert.Equal(PembacaDataKepemiluan.KesalahanMaksimum, Baca(teks.ToString()).Kesalahans.Count);
    }

    [Fact]
    public void AWorkbook_IsReadFromItsFirstSheet_PercentCellsAsPercent()
    {
        var lembar = new LembarTulis("Data");
        lembar.Baris([.. (Kepala + ",partisipasi_persen").Split(',').Select(k => SelTulis.Dari(k))]);
        lembar.Baris([.. BarisBenar.Split(',').Select(v => SelTulis.Dari(long.TryParse(v, out var n) ? n : v)), SelTulis.Dari(75.5m)]);
        var (barises, kesalahans) = Baca(BukuKerjaXlsx.Tulis([lembar]), "data.xlsx");
        Assert.Empty(kesalahans);
        Assert.Equal(150, Assert.Single(barises).Angka.Nilai(KolomKepemiluan.Pengguna));
        Assert.Equal(75.5m, barises[0].Angka.Persen(PersenKepemiluan.Partisipasi));
    }

    [Fact]
    public void ABrokenWorkbook_IsRefusedWithAMessage()
    {
        var (_, kesalahans) = Baca([(byte)'P', (byte)'K', 3, 4, 1, 2, 3], "rusak.xlsx");
        Assert.Equal("rusak.xlsx, baris 1: berkas rusak atau bukan buku kerja Excel yang sah", Assert.Single(kesalahans).ToString());
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("790125", 790125L)]
    [InlineData("790.125", 790125L)]
    [InlineData("1.234.567", 1234567L)]
    [InlineData("1.23", null)]
    [InlineData("1234.567", null)]
    [InlineData(".123", null)]
    [InlineData("99999999999999999999", null)]
    public void ACount_IsAWholeNumberWithOptionalThousandsDots(string teks, long? nilai) =>
        Assert.Equal(nilai, PembacaDataKepemiluan.BacaJumlah(teks));
}
