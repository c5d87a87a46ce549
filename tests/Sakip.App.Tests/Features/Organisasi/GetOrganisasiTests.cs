using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>The demo's organisation as Bab I prints it: Tabel 3, the people counted from their lists, and the SAKIP team with one decree.</summary>
public class GetOrganisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheDemo_HasTheSeedsDivisions_People_AndTeam_CountedFromTheLists()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);

        var o = await OrganisasiUji.BacaAsync(fixture, pimpinan);

        Assert.Equal(5, o.Divisis.Count);
        Assert.Equal("Divisi Keuangan, Umum, Rumah Tangga dan Logistik", o.Divisis[0].Nama);
        Assert.Equal("Sub Bagian Keuangan Umum dan Logistik", o.Divisis[0].UnitSekretariat);

        // Discrepancy 26: the text says 29 (5 + 12 + 12); the lists hold 5 commissioners, 17 ASN and 12 PPNPN.
        Assert.Equal((5, 17, 12, 34), (o.JumlahPegawai.Komisioner, o.JumlahPegawai.Asn, o.JumlahPegawai.Ppnpn, o.JumlahPegawai.Total));
        Assert.Equal("DEDY TRIADI", o.Bertugas(JenisPegawai.Komisioner).First().Nama);
        Assert.Equal("Ketua KPU Kota Bandar Lampung", o.Bertugas(JenisPegawai.Komisioner).First().Jabatan);

        // Discrepancy 25: rows 3 and 9 of Tabel 1 share one NIP; it stays with row 3, and row 18 (row 10 again) is one person.
        var asn = o.Bertugas(JenisPegawai.Asn).ToList();
        Assert.Equal(asn.Count, asn.Where(p => p.Nip is not null).Select(p => p.Nip).Distinct().Count() + asn.Count(p => p.Nip is null));
        Assert.Equal("198709112009122001", asn.Single(p => p.Nama.StartsWith("Hardi Angga", StringComparison.Ordinal)).Nip);
        Assert.Null(asn.Single(p => p.Nama.StartsWith("Septrianingsih", StringComparison.Ordinal)).Nip);
        Assert.Single(asn, p => p.Nama.StartsWith("Dina Listriyarini", StringComparison.Ordinal));
        Assert.Equal(("Pembina (IV/a)", new DateOnly(2019, 8, 30), new DateOnly(1995, 4, 11)), asn.Where(p => p.Nama == "Drs Amrozie").Select(p => (p.PangkatGolongan, p.TmtPangkat!.Value, p.MulaiBertugas!.Value)).Single());

        // Discrepancy 27: one decree number and date.
        var tim = o.TimSakip!;
        Assert.Equal(("14 Tahun 2024", new DateOnly(2024, 1, 26), 20), (tim.NomorKeputusan, tim.TanggalKeputusan, tim.Anggotas.Count));
        Assert.Equal(("Penanggung Jawab", "SUPRIHATIN"), (tim.Anggotas[5].Kelompok, tim.Anggotas[5].Nama));
        Assert.Equal(("Tim Evaluasi Internal", "Ketua"), (tim.Anggotas[6].Kelompok, tim.Anggotas[6].Kedudukan));
        Assert.False(o.BolehUbah);
        Assert.True((await OrganisasiUji.BacaAsync(fixture, op)).BolehUbah);

        // 2009: the PPNPN (from 2022) and the ASN who started later do not count yet; no team that year.
        var dulu = await OrganisasiUji.BacaAsync(fixture, pimpinan, 2009);
        Assert.Equal(0, dulu.JumlahPegawai.Ppnpn);
        Assert.Equal(9, dulu.JumlahPegawai.Asn);
        Assert.Null(dulu.TimSakip);

        var ditolak = await fixture.SendAsync<GetOrganisasi.Handler, Jawaban<GetOrganisasi.Hasil>>(h => h.HandleAsync(asing, new("1871", 2024), default));
        Assert.Equal(JenisKegagalan.Ditolak, ditolak.Kegagalan!.Jenis);
        var tahun = await fixture.SendAsync<GetOrganisasi.Handler, Jawaban<GetOrganisasi.Hasil>>(h => h.HandleAsync(op, new("1871", 99999), default));
        Assert.Equal(("Tahun", JenisKegagalan.TidakSah), (tahun.Kegagalan!.Kesalahans.Single().Bidang, tahun.Kegagalan.Jenis));
    }
}
