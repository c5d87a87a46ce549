using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>A division is added last, changed, refused field by field, and unique by name in its satker.</summary>
public class EditDivisiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Tulis(AksesPengguna a, EditDivisi.Command c) => fixture.SendAsync<EditDivisi.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task ADivision_IsAddedLast_Changed_AndRefusedFieldByField()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);

        var salah = await Tulis(op, new("1871", null, 0, "Divisi Teknis Penyelenggaraan", " ", new string('u', 201), 0));
        Assert.Equal(
            [("Tugas", "Isi tugas divisi."), ("UnitSekretariat", "Unit sekretariat paling banyak 200 karakter; tertulis 201."), ("Urutan", "Urutan harus antara 1 dan 100."), ("Nama", "KPU Kota Bandar Lampung sudah memiliki Divisi Teknis Penyelenggaraan.")],
            salah.Kegagalan!.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(pimpinan, new("1871", null, 0, "Divisi Data", "Data pemilih.", null, null))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(asing, new("1871", null, 0, "Divisi Data", "Data pemilih.", null, null))).Kegagalan!.Jenis);

        var sebelum = (await OrganisasiUji.BacaAsync(fixture, op)).Divisis;
        var id = (await Tulis(op, new("1871", null, 0, "Divisi Perencanaan, Data dan Informasi", "1. Perencanaan program;\n2. Data dan informasi.", "Sub Bagian Perencanaan, Data dan Informasi", null))).Pasti();
        var d = (await OrganisasiUji.BacaAsync(fixture, op)).Divisis;
        Assert.Equal((sebelum.Count + 1, id, sebelum.Max(x => x.Urutan) + 1), (d.Count, d[^1].Id, d[^1].Urutan));

        Assert.True((await Tulis(op, new("1871", id, 1, "Divisi Perencanaan, Data dan Informasi", "Perencanaan.", null, 1))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Tulis(op, new("1871", id, 1, "Divisi Perencanaan", "x", null, null))).Kegagalan!.Jenis);
        var ubah = (await OrganisasiUji.BacaAsync(fixture, op)).Divisis.Single(x => x.Id == id);
        Assert.Equal(("Perencanaan.", null, 1, 2), (ubah.Tugas, ubah.UnitSekretariat, ubah.Urutan, ubah.Revisi));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(asing, new("1801", id, 2, "Divisi X", "x", null, null))).Kegagalan!.Jenis);
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(Divisi) && j.KunciEntitas == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task ADivision_IsRemoved_OnlyByItsKeeper_AndOnlyAsShown()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        var d = (await OrganisasiUji.BacaAsync(fixture, op)).Divisis.Single(x => x.Nama == "Divisi Hukum dan Pengawasan");
        EditDivisi.Command Hapus(string satker, int revisi) => new(satker, d.Id, revisi, null, null, null, null, Hapus: true);

        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(pimpinan, Hapus("1871", d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(asing, Hapus("1801", d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Konflik, (await Tulis(op, Hapus("1871", d.Revisi + 1))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await Tulis(op, Hapus("1871", 0) with { Id = null })).Kegagalan!.Jenis);

        Assert.True((await Tulis(op, Hapus("1871", d.Revisi))).Berhasil);
        Assert.DoesNotContain((await OrganisasiUji.BacaAsync(fixture, op)).Divisis, x => x.Nama == "Divisi Hukum dan Pengawasan");
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Tulis(op, Hapus("1871", d.Revisi))).Kegagalan!.Jenis);
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(Divisi) && j.Aksi == AksiAudit.Hapus)));
    }
}
