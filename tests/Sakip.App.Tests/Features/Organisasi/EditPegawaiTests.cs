using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>People are recorded and changed field by field, one NIP per person, and their days of duty decide the years they count in.</summary>
public class EditPegawaiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AnAsn_IsRefusedFieldByField_ThenRecorded_AndCountedFromItsFirstDay()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);
        EditPegawai.Command Asn(string? nip, string? nama = "Rina Wulandari, S.E.", DateOnly? mulai = null, DateOnly? selesai = null) =>
            new("1871", null, 0, JenisPegawai.Asn, nama, nip, "Staf Sekretariat KPU Kota Bandar Lampung", "Penata Muda (III/a)", new DateOnly(2025, 4, 1), mulai ?? new DateOnly(2025, 3, 1), selesai);

        var salah = await OrganisasiUji.PegawaiAsync(fixture, op, Asn("19950230 202503 2 001", "  ", new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 1)));
        Assert.Equal(
            [("Nama", "Isi nama."), ("Nip", "8 angka pertama NIP (19950230) bukan tanggal lahir yang sah (tahun, bulan, tanggal)."), ("SelesaiBertugas", "Tanggal selesai bertugas tidak boleh sebelum tanggal mulai bertugas.")],
            salah.Kegagalan!.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        var kembar = await OrganisasiUji.PegawaiAsync(fixture, op, Asn("196808231990031002"));
        Assert.Equal("NIP 196808231990031002 sudah tercatat untuk pegawai lain; satu NIP hanya milik satu orang.", kembar.Kegagalan!.Kesalahans.Single().Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await OrganisasiUji.PegawaiAsync(fixture, pimpinan, Asn("199502012025032001"))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await OrganisasiUji.PegawaiAsync(fixture, asing, Asn("199502012025032001"))).Kegagalan!.Jenis);

        var id = (await OrganisasiUji.PegawaiAsync(fixture, op, Asn("19950201 202503 2 001"))).Pasti();
        var baru = (await OrganisasiUji.BacaAsync(fixture, op, 2025)).Pegawais.Single(p => p.Id == id);
        Assert.Equal(("199502012025032001", "Penata Muda (III/a)", true, 1), (baru.Nip, baru.PangkatGolongan, baru.Bertugas, baru.Revisi));
        Assert.DoesNotContain((await OrganisasiUji.BacaAsync(fixture, op, 2024)).Pegawais, p => p.Id == id && p.Bertugas);

        // She leaves in June 2026: counted at the end of 2025, not of 2026; a stale form is refused.
        var keluar = Asn("199502012025032001", selesai: new DateOnly(2026, 6, 30)) with { Id = id, Revisi = 1 };
        Assert.True((await OrganisasiUji.PegawaiAsync(fixture, op, keluar)).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await OrganisasiUji.PegawaiAsync(fixture, op, keluar)).Kegagalan!.Jenis);
        Assert.True((await OrganisasiUji.BacaAsync(fixture, op, 2025)).Pegawais.Single(p => p.Id == id).Bertugas);
        Assert.False((await OrganisasiUji.BacaAsync(fixture, op, 2026)).Pegawais.Single(p => p.Id == id).Bertugas);
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(Pegawai) && j.KunciEntitas == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task NipAndPangkat_AreForAsnOnly_AndANameIsRecordedOncePerPost()
    {
        var (op, _, _) = await OrganisasiUji.BuatAsync(fixture);

        var ppnpn = await OrganisasiUji.PegawaiAsync(fixture, op, OrganisasiUji.Ppnpn("Joko") with { Nip = "196808231990031002", PangkatGolongan = "Juru (I/a)" });
        Assert.Equal(
            [("Nip", "NIP hanya diisi untuk ASN; kosongkan untuk anggota KPU dan PPNPN."), ("PangkatGolongan", "Pangkat, golongan dan TMT-nya hanya diisi untuk ASN.")],
            ppnpn.Kegagalan!.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.True((await OrganisasiUji.PegawaiAsync(fixture, op, OrganisasiUji.Ppnpn("Joko"))).Berhasil);
        Assert.Equal("Joko sudah tercatat sebagai Pengemudi di KPU Kota Bandar Lampung.", (await OrganisasiUji.PegawaiAsync(fixture, op, OrganisasiUji.Ppnpn("Joko"))).Kegagalan!.Kesalahans.Single().Pesan);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await OrganisasiUji.PegawaiAsync(fixture, op, OrganisasiUji.Ppnpn("Budi") with { Id = 999999 })).Kegagalan!.Jenis);
        var jenis = await OrganisasiUji.PegawaiAsync(fixture, op, OrganisasiUji.Ppnpn("Budi") with { Jenis = (JenisPegawai)9 });
        Assert.Equal("Jenis", jenis.Kegagalan!.Kesalahans.Single().Bidang);
        Assert.Equal(13, (await OrganisasiUji.BacaAsync(fixture, op)).JumlahPegawai.Ppnpn);
    }
}
