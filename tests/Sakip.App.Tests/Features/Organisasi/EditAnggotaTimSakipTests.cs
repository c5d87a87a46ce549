using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>Members join a team whose decree is recorded, last unless placed, and are changed only as shown.</summary>
public class EditAnggotaTimSakipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Tulis(AksesPengguna a, EditAnggotaTimSakip.Command c) => fixture.SendAsync<EditAnggotaTimSakip.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task AMember_JoinsLast_IsChanged_AndRefusedWithoutADecreeOrFields()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        var anggota = new EditAnggotaTimSakip.Command("1871", 2024, null, 0, "Tim Evaluasi Internal", "ANISYAH", "Pelaksana", "Anggota", "Mengumpulkan data evaluasi internal.", null);

        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(op, anggota with { Tahun = 2023 })).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(pimpinan, anggota)).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(asing, anggota)).Kegagalan!.Jenis);
        var salah = await Tulis(op, anggota with { Nama = "", Kedudukan = null, Urutan = 0 });
        Assert.Equal(
            [("Nama", "Isi nama."), ("Kedudukan", "Isi kedudukan dalam tim."), ("Urutan", "Urutan harus antara 1 dan 500.")],
            salah.Kegagalan!.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));

        var sebelum = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!.Anggotas;
        var id = (await Tulis(op, anggota)).Pasti();
        var tim = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!;
        Assert.Equal((sebelum.Count + 1, id, sebelum.Max(x => x.Urutan) + 1), (tim.Anggotas.Count, tim.Anggotas[^1].Id, tim.Anggotas[^1].Urutan));

        Assert.True((await Tulis(op, anggota with { Id = id, Revisi = 1, Kedudukan = "Sekretaris", Urutan = 8 })).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Tulis(op, anggota with { Id = id, Revisi = 1 })).Kegagalan!.Jenis);
        var ubah = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!.Anggotas.Single(a => a.Id == id);
        Assert.Equal(("Sekretaris", 8, 2), (ubah.Kedudukan, ubah.Urutan, ubah.Revisi));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(op, anggota with { Id = 999999 })).Kegagalan!.Jenis);
    }

    [Fact]
    public async Task AMember_IsRemoved_OnlyByItsKeeper_AndOnlyAsShown()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        var a = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!.Anggotas[0];
        EditAnggotaTimSakip.Command Hapus(string satker, int tahun, int revisi) => new(satker, tahun, a.Id, revisi, null, null, null, null, null, null, Hapus: true);

        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(pimpinan, Hapus("1871", 2024, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(asing, Hapus("1871", 2024, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(op, Hapus("1871", 2023, a.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Konflik, (await Tulis(op, Hapus("1871", 2024, a.Revisi + 1))).Kegagalan!.Jenis);

        Assert.True((await Tulis(op, Hapus("1871", 2024, a.Revisi))).Berhasil);
        var tim = (await OrganisasiUji.BacaAsync(fixture, op)).TimSakip!;
        Assert.DoesNotContain(tim.Anggotas, x => x.Id == a.Id);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(op, Hapus("1871", 2024, a.Revisi))).Kegagalan!.Jenis);
    }
}
