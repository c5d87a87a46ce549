using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>A division is removed by whoever keeps the organisation, only as the page showed it, and the trail keeps it.</summary>
public class DeleteDivisiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<string>> Hapus(AksesPengguna a, DeleteDivisi.Command c) => fixture.SendAsync<DeleteDivisi.Handler, Jawaban<string>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task ADivision_IsRemoved_OnlyByItsKeeper_AndOnlyAsShown()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        var d = (await OrganisasiUji.BacaAsync(fixture, op)).Divisis[2];

        Assert.Equal(JenisKegagalan.Ditolak, (await Hapus(pimpinan, new("1871", d.Id, d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Hapus(asing, new("1801", d.Id, d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Konflik, (await Hapus(op, new("1871", d.Id, d.Revisi + 1))).Kegagalan!.Jenis);

        Assert.Equal("Divisi Hukum dan Pengawasan", (await Hapus(op, new("1871", d.Id, d.Revisi))).Pasti());
        Assert.Equal(4, (await OrganisasiUji.BacaAsync(fixture, op)).Divisis.Count);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Hapus(op, new("1871", d.Id, d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(Divisi) && j.Aksi == AksiAudit.Hapus)));
    }
}
