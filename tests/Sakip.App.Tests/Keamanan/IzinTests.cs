using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Tests.Keamanan;

/// <summary>The permission table, role by action: what each role may do on its own satker, and nothing through descendants but reading.</summary>
public class IzinTests
{
    private const bool Y = true;
    private const bool T = false;

    /// <summary>Action, then Administrator, Operator, Pimpinan, Evaluator, Pemantau.</summary>
    public static TheoryData<Tindakan, bool, bool, bool, bool, bool> Tabel() => new()
    {
        { Tindakan.Membaca, Y, Y, Y, Y, Y },
        { Tindakan.MenyusunRencana, Y, Y, Y, T, T },
        { Tindakan.MenyusunRkt, Y, Y, T, T, T },
        { Tindakan.MengisiRealisasi, Y, Y, T, T, T },
        { Tindakan.MemverifikasiRealisasi, T, T, Y, T, T },
        { Tindakan.MenandatanganiPerjanjian, T, T, Y, T, T },
        { Tindakan.MenutupPeriode, Y, T, T, T, T },
        { Tindakan.MembacaJejakAudit, Y, T, Y, Y, T },
        { Tindakan.MengelolaPengguna, Y, T, Y, T, T },
        { Tindakan.MenyusunLaporan, Y, Y, T, T, T },
        { Tindakan.MereviuLaporan, T, T, T, Y, T },
        { Tindakan.MenyetujuiLaporan, T, T, Y, T, T },
        { Tindakan.MengelolaOrganisasi, Y, Y, T, T, T },
    };

    [Theory]
    [MemberData(nameof(Tabel))]
    public void EachRole_OnItsOwnSatker(Tindakan tindakan, bool administrator, bool operatorSatker, bool pimpinan, bool evaluator, bool pemantau)
    {
        bool Boleh(Peran peran) => new AksesPengguna(1, "uji", "Uji", new() { [7] = [peran] }).Boleh(tindakan, 7);

        Assert.Equal(
            (administrator, operatorSatker, pimpinan, evaluator, pemantau),
            (Boleh(Peran.Administrator), Boleh(Peran.Operator), Boleh(Peran.Pimpinan), Boleh(Peran.Evaluator), Boleh(Peran.Pemantau)));
        Assert.False(new AksesPengguna(1, "uji", "Uji", new() { [7] = [Peran.Administrator, Peran.Pimpinan] }).Boleh(tindakan, 8));
    }

    [Fact]
    public void EveryAction_HasARow_WithItsRefusalInIndonesian()
    {
        Assert.Equal(Enum.GetValues<Tindakan>().Order(), Izin.Tabel.Keys.Order());
        Assert.Equal("Anda tidak berhak mengisi realisasi KPU Kota Uji.", Izin.Tolak(Tindakan.MengisiRealisasi, "KPU Kota Uji").Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, Izin.Tolak(Tindakan.Membaca, "X").Jenis);
    }

    [Fact]
    public void TheCommandLine_ReadsEverySatker_AndWritesNone()
    {
        Assert.All(Enum.GetValues<Tindakan>(), t => Assert.Equal(t == Tindakan.Membaca, AksesPengguna.Sistem.Boleh(t, 12345)));
    }
}
