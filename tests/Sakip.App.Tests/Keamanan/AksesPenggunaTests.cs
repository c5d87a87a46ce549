using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Tests.Keamanan;

/// <summary>Reach over the satker tree, computed without a database: a province with descendants reads its kab/kota and writes only its own data.</summary>
public class AksesPenggunaTests
{
    // 1 is KPU RI; 18 a province with kab/kota 1801..1815; 31 another province.
    private static readonly IReadOnlyList<(int Id, int? IndukId)> Pohon =
        [(1, null), (18, 1), (31, 1), .. Enumerable.Range(1801, 15).Select(id => (id, (int?)18)), (3101, 31)];

    private static AksesPengguna Akses(params (Peran Peran, int SatkerId, bool Turunan)[] hak)
    {
        var pengguna = new Pengguna { Id = 7, NamaPengguna = "uji", NamaLengkap = "Uji", HashKataSandi = "-" };
        pengguna.HakAkses.AddRange(hak.Select(h => new HakAkses { Peran = h.Peran, SatkerId = h.SatkerId, TermasukTurunan = h.Turunan }));
        return AksesPengguna.Hitung(pengguna, Pohon);
    }

    [Fact]
    public void Scope_GrantWithDescendants_ReachesEveryChild_AndWritesOnlyItsOwn()
    {
        var provinsi = Akses((Peran.Operator, 18, true));

        Assert.True(provinsi.Punya(18, Peran.Operator));
        Assert.True(provinsi.BolehMembaca(1801));
        Assert.False(provinsi.Punya(1801, Peran.Operator));
        Assert.Equal([Peran.Pemantau], provinsi.PeranPada(1801));
        Assert.Equal(16, provinsi.SatkerTerbaca.Count);
        Assert.False(provinsi.BolehMembaca(1));
        Assert.False(provinsi.Boleh(Tindakan.MengisiRealisasi, 1801));

        Assert.Equal([1801], Akses((Peran.Operator, 1801, false)).SatkerTerbaca);
        Assert.Equal([Peran.Evaluator], Akses((Peran.Evaluator, 18, true)).PeranPada(1801));
    }

    [Fact]
    public void WhoManagesUsers_AdministratorsAndTheSatkersOwnPimpinan()
    {
        Assert.True(Akses((Peran.Administrator, 1801, false)).BolehKelolaPengguna(1801));
        Assert.True(Akses((Peran.Pimpinan, 1801, false)).BolehKelolaPengguna(1801));
        Assert.False(Akses((Peran.Operator, 1801, false)).BolehKelolaPenggunaDiManaPun);
        Assert.False(Akses((Peran.Pimpinan, 18, true)).BolehKelolaPengguna(1801));
        Assert.True(Akses((Peran.Pimpinan, 18, true)).BolehKelolaPengguna(18));
        Assert.True(Akses((Peran.Administrator, 18, true)).AdministratorAkun(1815));
    }
}
