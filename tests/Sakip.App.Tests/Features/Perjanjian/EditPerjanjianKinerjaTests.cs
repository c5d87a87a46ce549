using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>The heading of a draft PK: title, parties and place.</summary>
public class EditPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ASekretarisAgreementNeedsTheKetuaAsSecondParty_AndAKetuaAgreementHasNone()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var pegawai = await PerjanjianUji.PegawaiAsync(fixture, satker);
        var pk = (await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(satker.Kode, 2027, null, pegawai[1], pegawai[0], "Bandar Lampung"), default))).Pasti();

        Task<Jawaban<int>> Ubah(int revisi, int? kedua) => fixture.SendAsync<EditPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(pk, revisi, "Perjanjian Kinerja 2027 Sekretaris", pegawai[1], kedua, "Bandar Lampung"), default));

        Assert.Equal("Perjanjian Kinerja Sekretaris memerlukan Ketua sebagai pihak kedua.", (await Ubah(0, null)).Pesan);
        Assert.True((await Ubah(0, pegawai[0])).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Ubah(0, pegawai[0])).Jenis);
        Assert.Equal("Perjanjian Kinerja 2027 Sekretaris", (await PerjanjianUji.BacaAsync(fixture, pk)).Judul);
    }
}
