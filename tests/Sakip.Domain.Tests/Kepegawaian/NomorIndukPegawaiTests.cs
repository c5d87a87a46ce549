using Sakip.Domain.Kepegawaian;

namespace Sakip.Domain.Tests.Kepegawaian;

public class NomorIndukPegawaiTests
{
    public static TheoryData<string, string, string, int, int, bool> Sah => new()
    {
        { "196808231990031002", "196808231990031002", "1968-08-23", 1990, 3, true },
        { "19820110 200912 2 003", "198201102009122003", "1982-01-10", 2009, 12, false },
        { "19860617.200912.2.003", "198606172009122003", "1986-06-17", 2009, 12, false },
        { " 197403182009021002 ", "197403182009021002", "1974-03-18", 2009, 2, true },
        { "200002292024011001", "200002292024011001", "2000-02-29", 2024, 1, true },
    };

    [Theory]
    [MemberData(nameof(Sah))]
    public void Baca_AValidNip_SaysBirthAppointmentAndSex(string teks, string nip, string lahir, int tahun, int bulan, bool lakiLaki)
    {
        var h = NomorIndukPegawai.Baca(teks);

        Assert.True(h.Berhasil, h.Kesalahan);
        Assert.Equal((nip, DateOnly.Parse(lahir, System.Globalization.CultureInfo.InvariantCulture), tahun, bulan, lakiLaki), (h.Nip, h.TanggalLahir!.Value, h.TahunPengangkatan!.Value, h.BulanPengangkatan!.Value, h.LakiLaki!.Value));
    }

    [Theory]
    [InlineData(null, "NIP kosong.")]
    [InlineData("  ", "NIP kosong.")]
    [InlineData("19680823199003100A", "NIP hanya boleh berisi angka.")]
    [InlineData("-19680823199003100", "NIP hanya boleh berisi angka.")]
    [InlineData("１９６８０８２３１９９００３１００２", "NIP hanya boleh berisi angka.")]
    [InlineData("19680823199003100", "NIP harus 18 angka; tertulis 17.")]
    [InlineData("1968082319900310021", "NIP harus 18 angka; tertulis 19.")]
    [InlineData("196813231990031002", "8 angka pertama NIP (19681323) bukan tanggal lahir yang sah (tahun, bulan, tanggal).")]
    [InlineData("199902291990031002", "8 angka pertama NIP (19990229) bukan tanggal lahir yang sah (tahun, bulan, tanggal).")]
    [InlineData("196808231990131002", "Angka ke-13 dan ke-14 NIP (13) harus bulan pengangkatan 01 sampai 12.")]
    [InlineData("196808231990001002", "Angka ke-13 dan ke-14 NIP (00) harus bulan pengangkatan 01 sampai 12.")]
    [InlineData("196808231975031002", "Tahun pengangkatan di NIP (1975) terlalu dekat dengan tahun lahirnya (1968).")]
    [InlineData("196808231990033002", "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan); tertulis 3.")]
    [InlineData("196808231990030002", "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan); tertulis 0.")]
    public void Baca_NotANip_SaysWhatIsWrong(string? teks, string pesan)
    {
        var h = NomorIndukPegawai.Baca(teks);

        Assert.False(h.Berhasil);
        Assert.Equal(pesan, h.Kesalahan);
        Assert.Null(h.Nip);
    }
}
