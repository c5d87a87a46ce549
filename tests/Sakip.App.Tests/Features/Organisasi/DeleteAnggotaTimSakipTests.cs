using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>A member leaves a team by its keeper's hand, only as the page showed them.</summary>
public class DeleteAnggotaTimSakipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<string>> Hapus(AksesPengguna a, DeleteAnggotaTimSakip.Command c) => fixture.SendAsync<DeleteAnggotaTimSakip.Handler, Jawaban<string>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task AMember_IsRemoved_OnlyByItsKeeper_AndOnlyAsShown()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        var a = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!.Anggotas[^1];

        Assert.Equal(JenisKegagalan.Ditolak, (await Hapus(pimpinan, new("1871", 2024, a.Id, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Hapus(asing, new("1801", 2024, a.Id, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Hapus(op, new("1871", 2023, a.Id, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Konflik, (await Hapus(op, new("1871", 2024, a.Id, a.Revisi + 1))).Kegagalan!.Jenis);

        Assert.Equal("AFRIANDY HASYA", (await Hapus(op, new("1871", 2024, a.Id, a.Revisi))).Pasti());
        Assert.Equal(19, (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!.Anggotas.Count);
    }
}
