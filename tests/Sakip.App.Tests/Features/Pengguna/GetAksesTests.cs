using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>The access loaded on every request: the account's grants while its session is open, nothing once its stamp changed.</summary>
public class GetAksesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AnOpenSession_LoadsTheGrants_AndAChangedSecurityStampEndsIt()
    {
        var satker = await fixture.SatkerAsync();
        var akun = await fixture.AkunAsync(Peran.Operator, satker);
        var masuk = (await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(akun.Nama, DataUji.KataSandiUji), default))).Pasti();
        Task<Jawaban<AksesPengguna>> Muat() => fixture.SendAsync<GetAkses.Handler, Jawaban<AksesPengguna>>(h => h.HandleAsync(new GetAkses.Query(masuk.PenggunaId, masuk.StempelKeamanan, masuk.TokenSesi), default));

        Assert.True((await Muat()).Pasti().Punya(satker.Id, Peran.Operator));

        await fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.Id == akun.Id);
            p.StempelKeamanan = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });

        Assert.Equal(JenisKegagalan.Ditolak, (await Muat()).Jenis);
    }

    [Fact]
    public async Task TheAccessKeptBetweenRequests_FollowsTheTreeAndTheName()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var akun = await fixture.AkunAsync(Peran.Pemantau, provinsi, termasukTurunan: true);
        var masuk = (await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(akun.Nama, DataUji.KataSandiUji), default))).Pasti();
        Task<AksesPengguna> Muat() => fixture.SendAsync<GetAkses.Handler, AksesPengguna>(async h => (await h.HandleAsync(new GetAkses.Query(masuk.PenggunaId, masuk.StempelKeamanan, masuk.TokenSesi), default)).Pasti());

        var pertama = await Muat();
        Assert.Same(pertama, await Muat());

        // A kab/kota added under the province is read at once, in the same session.
        var kota = await fixture.SatkerAsync(provinsi);
        var sesudah = await Muat();
        Assert.NotSame(pertama, sesudah);
        Assert.True(sesudah.BolehMembaca(kota.Id));

        await fixture.ExecuteDbContextAsync(async db =>
        {
            (await db.Set<Entities.Pengguna>().SingleAsync(x => x.Id == akun.Id)).NamaLengkap = "Nama Baru";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("Nama Baru", (await Muat()).NamaLengkap);
    }
}
